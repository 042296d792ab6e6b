package dev.prismaspring.boot.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole applications: boot migrates, {@code /actuator/prisma} and {@code /actuator/health}
 * answer over HTTP; once on a configured database and once, with nothing configured, on the
 * embedded PostgreSQL.
 */
@PostgresTest
class PrismaApplicationTests {

	private static final String SCHEMA = """
			datasource db {
			  provider = "postgresql"
			}

			model User {
			  id    Int    @id @default(autoincrement())
			  email String @unique
			}
			""";

	@TempDir
	Path dir;

	@BeforeEach
	void writeSchemaAndMigrations() throws IOException {
		Files.writeString(this.dir.resolve("schema.prisma"), SCHEMA);
		Path init = Files.createDirectories(this.dir.resolve("migrations/20240101000000_init"));
		Files.writeString(init.resolve("migration.sql"), "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, \"email\" TEXT"
				+ " NOT NULL, CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n");
	}

	private ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(TestApplication.class)
			.properties("server.port=0", "management.endpoints.web.exposure.include=health,prisma",
					"management.endpoint.health.show-details=always", "prisma.repositories.enabled=false",
					"prisma.schema-location=file:" + this.dir.resolve("schema.prisma"),
					"prisma.migrations-location=file:" + this.dir.resolve("migrations"))
			.properties(properties)
			.run();
	}

	private static String get(ConfigurableApplicationContext context, String path) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@Test
	void bootMigratesAndTheActuatorShowsEveryMigration(TestDatabase database) throws Exception {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		try (ConfigurableApplicationContext context = start("spring.datasource.url=" + database.jdbcUrl(),
				"spring.datasource.username=" + database.user(),
				"spring.datasource.password=" + ((database.password() != null) ? database.password() : ""))) {
			String prisma = get(context, "/actuator/prisma");
			assertThat(prisma).contains("\"name\":\"20240101000000_init\"")
				.contains("\"state\":\"applied\"")
				.contains("\"upToDate\":true")
				.contains("\"datasource\":\"the application's DataSource\"");
			if (database.password() != null && !database.password().isEmpty()) {
				assertThat(prisma).doesNotContain(database.password());
			}
			String health = get(context, "/actuator/health");
			assertThat(health).contains("\"prisma\":{").contains("\"status\":\"UP\"").contains("\"applied\":1");
		}
	}

	@Test
	void withNothingConfiguredTheApplicationStartsOnAnEmbeddedPostgres() throws Exception {
		try (ConfigurableApplicationContext context = start("prisma.embedded.data-directory=" + this.dir.resolve("pg"))) {
			String prisma = get(context, "/actuator/prisma");
			assertThat(prisma).contains("\"state\":\"applied\"").contains("\"upToDate\":true");
		}
		assertThat(this.dir.resolve("pg/PG_VERSION")).exists();
	}

	@SpringBootApplication
	static class TestApplication {

	}
}
