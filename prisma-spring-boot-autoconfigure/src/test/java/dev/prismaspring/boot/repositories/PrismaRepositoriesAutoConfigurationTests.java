package dev.prismaspring.boot.repositories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import dev.prismaspring.boot.autoconfigure.PrismaAutoConfiguration;
import dev.prismaspring.boot.autoconfigure.PrismaDatabase;
import dev.prismaspring.boot.autoconfigure.PrismaRepositoriesAutoConfiguration;
import dev.prismaspring.client.PrismaClient;
import dev.prismaspring.client.errors.UniqueConstraintViolationException;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@PostgresTest
class PrismaRepositoriesAutoConfigurationTests {

	@TempDir
	Path dir;

	private ApplicationContextRunner runner;

	@BeforeEach
	void setUp(TestDatabase database) throws IOException {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		Files.writeString(this.dir.resolve("schema.prisma"), """
				datasource db {
				  provider = "postgresql"
				}

				model User {
				  id    Int    @id @default(autoincrement())
				  email String @unique
				}
				""");
		Path init = Files.createDirectories(this.dir.resolve("migrations/1_init"));
		Files.writeString(init.resolve("migration.sql"), "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, \"email\" TEXT"
				+ " NOT NULL, CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\nCREATE UNIQUE INDEX \"User_email_key\" ON"
				+ " \"User\"(\"email\");\n");
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
					PrismaAutoConfiguration.class, PrismaRepositoriesAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + ((database.password() != null) ? database.password() : ""),
					"prisma.schema-location=file:" + this.dir.resolve("schema.prisma"),
					"prisma.migrations-location=file:" + this.dir.resolve("migrations"),
					"prisma.repositories.base-packages=dev.prismaspring.boot.repositories");
	}

	@Test
	void generatedRepositoriesAreBeansThatJoinSpringTransactions() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(PrismaClient.class).hasSingleBean(UserRepository.class);
			UserRepository users = context.getBean(UserRepository.class);
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				users.create("rolled-back@example.com");
				assertThat(users.count()).isEqualTo(1);
				throw new IllegalStateException("roll back");
			}));
			assertThat(users.count()).isZero();
			transaction.executeWithoutResult((status) -> users.create("kept@example.com"));
			assertThat(users.count()).isEqualTo(1);
		});
	}

	@Test
	void aSpringTransactionOnAnotherDataSourceLeavesTheEngineItsOwnTransactions(TestDatabase database) {
		// Prisma's database from prisma.datasource.url: a DataSource of its own, which the
		// application's transaction manager does not cover.
		this.runner.withPropertyValues("prisma.datasource.url=" + database.postgresUrl()).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PrismaDatabase.class).source()).isEqualTo("prisma.datasource.url");
			PrismaClient client = context.getBean(PrismaClient.class);
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			assertThatExceptionOfType(UniqueConstraintViolationException.class)
				.isThrownBy(() -> transaction.executeWithoutResult((status) -> client.transaction((tx) -> {
					tx.model("User").create(new WriteData(Map.of("email", "twice@example.com"), Map.of()), Shape.DEFAULT);
					return tx.model("User").create(new WriteData(Map.of("email", "twice@example.com"), Map.of()),
							Shape.DEFAULT);
				})));
			assertThat(database.queryForObject("SELECT count(*) FROM \"User\"", Long.class))
				.as("the engine's transaction rolled back its first insert").isZero();
		});
	}

	@Test
	void everyQueryIsAnObservationNamedByModelAndOperation() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.runner.withBean(ObservationRegistry.class, () -> registry).run((context) -> {
			assertThat(context).hasNotFailed();
			context.getBean(UserRepository.class).count();
			TestObservationRegistryAssert.assertThat(registry)
				.hasObservationWithNameEqualTo("prisma.query")
				.that()
				.hasLowCardinalityKeyValue("prisma.model", "User")
				.hasLowCardinalityKeyValue("prisma.operation", "count")
				.hasBeenStopped();
		});
	}

	@Test
	void repositoriesCanBeSwitchedOff() {
		this.runner.withPropertyValues("prisma.repositories.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(PrismaClient.class).doesNotHaveBean(UserRepository.class);
		});
	}
}
