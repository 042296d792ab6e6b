package dev.prismaspring.boot.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.prismaspring.boot.actuate.PrismaEndpoint;
import dev.prismaspring.boot.actuate.PrismaHealthIndicator;
import dev.prismaspring.migrate.history.MigrationState;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class PrismaAutoConfigurationTests {

	private static final String SCHEMA = """
			datasource db {
			  provider = "postgresql"
			}

			model User {
			  id    Int    @id @default(autoincrement())
			  email String @unique
			}
			""";

	private static final String INIT = "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, \"email\" TEXT NOT NULL,"
			+ " CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n";

	@TempDir
	Path dir;

	private TestDatabase database;

	private ApplicationContextRunner runner;

	@BeforeEach
	void setUp(TestDatabase database) throws IOException {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		this.database = database;
		Files.writeString(this.dir.resolve("schema.prisma"), SCHEMA);
		migration("20240101000000_init", INIT);
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(PrismaEmbeddedDatabaseAutoConfiguration.class,
					DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, PrismaAutoConfiguration.class,
					PrismaEndpointAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + ((database.password() != null) ? database.password() : ""),
					"prisma.schema-location=file:" + this.dir.resolve("schema.prisma"),
					"prisma.migrations-location=file:" + this.dir.resolve("migrations"),
					"prisma.repositories.enabled=false");
	}

	private void migration(String name, String script) throws IOException {
		Files.createDirectories(this.dir.resolve("migrations").resolve(name));
		Files.writeString(this.dir.resolve("migrations").resolve(name).resolve("migration.sql"), script);
	}

	private long applied() {
		return this.database.queryForObject("SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL",
				Long.class);
	}

	@Test
	void migratesOnStartUpBeforeJdbcTemplateIsCreated() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(PrismaMigrationInitializer.class);
			assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
				.contains("prismaMigrationInitializer");
			assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM \"User\"", Long.class))
				.isZero();
			assertThat(applied()).isEqualTo(1);
		});
	}

	@Test
	void eachAppliedMigrationIsAnObservation() {
		io.micrometer.observation.tck.TestObservationRegistry registry = io.micrometer.observation.tck.TestObservationRegistry
			.create();
		this.runner.withBean(io.micrometer.observation.ObservationRegistry.class, () -> registry).run((context) -> {
			assertThat(context).hasNotFailed();
			io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(registry)
				.hasObservationWithNameEqualTo("prisma.migration")
				.that()
				.hasHighCardinalityKeyValue("prisma.migration.name", "20240101000000_init")
				.hasBeenStarted()
				.hasBeenStopped();
		});
	}

	@Test
	void isOffWhenDisabled() {
		this.runner.withPropertyValues("prisma.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(PrismaMigrate.class);
			assertThat(this.database.queryForObject("SELECT to_regclass('_prisma_migrations') IS NULL", Boolean.class))
				.isTrue();
		});
	}

	@Test
	void modeNoneAppliesNothingAndHealthSaysWhatIsPending() {
		this.runner.withPropertyValues("prisma.migrate.mode=none").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PrismaMigrate.class).status().in(MigrationState.PENDING)).hasSize(1);
			var health = context.getBean(PrismaHealthIndicator.class).health(true);
			assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
			assertThat(health.getDetails()).containsEntry("pending", List.of("20240101000000_init"));
		});
	}

	@Test
	void validateModeStopsStartUpWhenAMigrationIsPendingAndTheAnalyzerSaysWhatToDo() {
		this.runner.withPropertyValues("prisma.migrate.mode=validate").run((context) -> {
			assertThat(context).hasFailed();
			PrismaException cause = rootCause(context.getStartupFailure(), PrismaException.class);
			assertThat(cause.code()).isEqualTo("PSB3002");
			assertThat(cause.getMessage()).contains("20240101000000_init (pending)");
			FailureAnalysis analysis = new PrismaFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("PSB3002");
			assertThat(analysis.getAction()).contains("migrate deploy");
		});
	}

	@Test
	void validateModeToleratesWhatDeployToleratesWhenConfiguredTo() throws IOException {
		migration("20240102000000_more", "CREATE TABLE \"More\" (id integer);\n");
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		// The previous release restarts after the next one migrated: its folder lacks the new migration.
		Files.delete(this.dir.resolve("migrations/20240102000000_more/migration.sql"));
		Files.delete(this.dir.resolve("migrations/20240102000000_more"));
		this.runner.withPropertyValues("prisma.migrate.mode=validate").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(rootCause(context.getStartupFailure(), PrismaException.class).getMessage())
				.contains("20240102000000_more (missing from folder)")
				.contains("prisma.migrate.allow-missing-from-folder=true");
		});
		this.runner.withPropertyValues("prisma.migrate.mode=validate", "prisma.migrate.allow-missing-from-folder=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void devModeRefusesToRunUnderAProductionProfile() {
		this.runner.withPropertyValues("prisma.migrate.mode=dev", "spring.profiles.active=prod").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(rootCause(context.getStartupFailure(), PrismaException.class).code()).isEqualTo("PSB3005");
		});
	}

	@Test
	void aFailedMigrationStopsStartUpWithTheCommandThatFixesIt() throws IOException {
		migration("20240102000000_bad", "SELECT 1/0;\n");
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			PrismaException cause = rootCause(context.getStartupFailure(), PrismaException.class);
			assertThat(cause.code()).isEqualTo("P3018");
			FailureAnalysis analysis = new PrismaFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getAction()).contains("migrate resolve --rolled-back");
			assertThat(analysis.getDescription()).doesNotContain(passwordOrNothing());
		});
		assertThat(applied()).isEqualTo(1);
	}

	private String passwordOrNothing() {
		String password = this.database.password();
		return (password == null || password.isEmpty()) ? "\u0000no-password\u0000" : password;
	}

	@Test
	void aUserStrategyReplacesTheModeAndUserBeansWin() {
		this.runner.withUserConfiguration(NoMigrationStrategy.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PrismaMigrate.class).status().in(MigrationState.PENDING)).hasSize(1);
		});
	}

	@Test
	void migrationsGoThroughTheSchemasDirectUrlWhileQueriesKeepTheApplicationsDataSource() throws IOException {
		Files.writeString(this.dir.resolve("schema.prisma"), SCHEMA.replace("provider = \"postgresql\"",
				"provider  = \"postgresql\"\n  url       = env(\"DATABASE_URL\")\n  directUrl = env(\"DIRECT_URL\")"));
		try (TestDatabase direct = TestDatabase.create("boot_direct")) {
			this.runner.withPropertyValues("DIRECT_URL=" + direct.postgresUrl()).run((context) -> {
				assertThat(context).hasNotFailed();
				PrismaDatabase database = context.getBean(PrismaDatabase.class);
				assertThat(database.source()).startsWith("the application's DataSource").contains("directUrl");
				assertThat(direct.queryForObject("SELECT count(*) FROM _prisma_migrations", Long.class)).isEqualTo(1);
				assertThat(database.dataSource()).isSameAs(context.getBean(javax.sql.DataSource.class));
			});
			assertThat(this.database.queryForObject("SELECT to_regclass('_prisma_migrations') IS NULL", Boolean.class))
				.isTrue();
		}
	}

	@Test
	void prismaDatasourceUrlWinsOverTheApplicationsDataSource() {
		try (TestDatabase other = TestDatabase.create("boot_other")) {
			this.runner.withPropertyValues("prisma.datasource.url=" + other.postgresUrl()).run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(PrismaDatabase.class).source()).isEqualTo("prisma.datasource.url");
				assertThat(other.queryForObject("SELECT count(*) FROM _prisma_migrations", Long.class)).isEqualTo(1);
			});
			assertThat(this.database.queryForObject("SELECT to_regclass('_prisma_migrations') IS NULL", Boolean.class))
				.isTrue();
		}
	}

	@Test
	void theEndpointListsEveryMigrationWithItsStateAndNoPassword() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=prisma").run((context) -> {
			PrismaEndpoint.ContextMigrations migrations = context.getBean(PrismaEndpoint.class)
				.migrations()
				.contexts()
				.values()
				.iterator()
				.next();
			assertThat(migrations.upToDate()).isTrue();
			assertThat(migrations.migrations()).singleElement().satisfies((migration) -> {
				assertThat(migration.name()).isEqualTo("20240101000000_init");
				assertThat(migration.state()).isEqualTo("applied");
				assertThat(migration.appliedStepsCount()).isEqualTo(1);
				assertThat(migration.checksum()).hasSize(64);
			});
			assertThat(migrations.toString()).doesNotContain(passwordOrNothing());
		});
	}

	@Test
	void twoContextsBootingAtOnceOnOneDatabaseBothStartAndEachMigrationRunsOnce() throws Exception {
		migration("20240102000000_slow", "CREATE TABLE slow (id int);\nSELECT pg_sleep(0.5);\n");
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(this::startsCleanly);
		CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(this::startsCleanly);
		assertThat(first.get()).isTrue();
		assertThat(second.get()).isTrue();
		assertThat(this.database.queryForObject("SELECT count(*) FROM _prisma_migrations", Long.class)).isEqualTo(2);
	}

	private boolean startsCleanly() {
		boolean[] started = new boolean[1];
		this.runner.run((context) -> started[0] = context.getStartupFailure() == null);
		return started[0];
	}

	private static <T extends Throwable> T rootCause(Throwable failure, Class<T> type) {
		Throwable current = failure;
		while (current != null) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = current.getCause();
		}
		throw new AssertionError("No " + type.getSimpleName() + " in " + failure);
	}

	@Configuration(proxyBeanMethods = false)
	static class NoMigrationStrategy {

		@Bean
		PrismaMigrationStrategy prismaMigrationStrategy() {
			return (migrate) -> {
			};
		}
	}

}
