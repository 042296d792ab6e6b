package dev.prismaspring.boot.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

import dev.prismaspring.migrate.deploy.MigrationDeployer;
import dev.prismaspring.migrate.deploy.MigrationListener;

/**
 * Prisma's workflow in a Spring Boot application: the schema, the database (see
 * {@link DatabaseResolver} for the order in which it is looked for), the migrations applied on
 * start-up before anything else uses the database, and the generated repositories as beans.
 * User beans of each type win.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, PrismaEmbeddedDatabaseAutoConfiguration.class },
		afterName = PrismaAutoConfiguration.OBSERVATION_AUTO_CONFIGURATION)
@ConditionalOnClass(MigrationDeployer.class)
@ConditionalOnProperty(prefix = "prisma", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PrismaProperties.class)
@ImportRuntimeHints(PrismaRuntimeHints.class)
public final class PrismaAutoConfiguration {

	/** Boot's, by name: the ObservationRegistry that observations need is defined there, when it is on the class path. */
	static final String OBSERVATION_AUTO_CONFIGURATION = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration";


	@Bean
	@ConditionalOnMissingBean
	PrismaSchemaDefinition prismaSchemaDefinition(ResourceLoader resourceLoader, PrismaProperties properties) {
		return PrismaSchemaDefinition.load(resourceLoader, properties.getSchemaLocation());
	}

	@Bean
	@ConditionalOnMissingBean
	PrismaDatabase prismaDatabase(@PrismaDataSource ObjectProvider<DataSource> prismaDataSource,
			ObjectProvider<DataSource> applicationDataSource, PrismaProperties properties,
			PrismaSchemaDefinition schema, Environment environment) {
		return DatabaseResolver.resolve(prismaDataSource.getIfAvailable(), properties, schema.datamodel(), environment,
				applicationDataSource.getIfUnique());
	}

	@Bean
	@ConditionalOnMissingBean
	PrismaMigrate prismaMigrate(PrismaDatabase database, PrismaSchemaDefinition schema, PrismaProperties properties,
			ResourceLoader resourceLoader, ObjectProvider<PrismaDeployOptionsCustomizer> customizers,
			ObjectProvider<MigrationListener> listeners) {
		ResourcePatternResolver resources = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
		List<MigrationListener> all = listeners.orderedStream().toList();
		return new PrismaMigrate(database, () -> MigrationsLoader.load(resources, properties.getMigrationsLocation()),
				schema, properties, customizers.orderedStream().toList(), new CompositeMigrationListener(all));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ObservationRegistry.class)
	static class PrismaObservationConfiguration {

		@Bean
		@ConditionalOnBean(ObservationRegistry.class)
		MigrationListener prismaMigrationObservations(ObservationRegistry registry) {
			return new MigrationObservations(registry);
		}
	}

	@Bean
	@ConditionalOnMissingBean
	PrismaMigrationInitializer prismaMigrationInitializer(PrismaMigrate migrate,
			ObjectProvider<PrismaMigrationStrategy> strategy, PrismaProperties properties, Environment environment) {
		return new PrismaMigrationInitializer(migrate, strategy.getIfAvailable(), properties, environment);
	}
}
