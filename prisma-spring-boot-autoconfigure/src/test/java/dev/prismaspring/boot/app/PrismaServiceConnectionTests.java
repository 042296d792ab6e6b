package dev.prismaspring.boot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from Testcontainers' {@code @ServiceConnection} is the one Prisma migrates: its
 * connection details make the application's DataSource, which Prisma uses. Skipped where there
 * is no Docker; {@link PrismaApplicationTests} is its twin on a real PostgreSQL without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class PrismaServiceConnectionTests {

	@Container
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");

	@TempDir
	Path dir;

	@Test
	void aServiceConnectionDatabaseIsMigratedOnStartUp() throws IOException {
		Path init = Files.createDirectories(this.dir.resolve("migrations/1_init"));
		Files.writeString(init.resolve("migration.sql"), "CREATE TABLE note (id int PRIMARY KEY);\n");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ContainerApplication.class)
			.properties("spring.main.web-application-type=none", "prisma.repositories.enabled=false",
					"prisma.migrations-location=file:" + this.dir.resolve("migrations"),
					"prisma.schema-location=file:" + this.dir.resolve("none.prisma"))
			.run()) {
			assertThat(context.getBean(JdbcTemplate.class)
				.queryForObject("SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL", Long.class))
				.isEqualTo(1);
		}
	}

	@SpringBootApplication
	static class ContainerApplication {

		@Bean
		@ServiceConnection
		PostgreSQLContainer postgres() {
			return postgres;
		}
	}
}
