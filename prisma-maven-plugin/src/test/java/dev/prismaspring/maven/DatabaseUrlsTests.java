package dev.prismaspring.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.schema.model.ConfigValue;
import dev.prismaspring.schema.url.EnvLookup;
import dev.prismaspring.schema.url.PostgresConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Which database a goal works on, in the application's order. */
class DatabaseUrlsTests {

	private static final SchemaDatasource ENV_SCHEMA = new SchemaDatasource(Path.of("schema.prisma"),
			SchemaDatasource.State.VALID, "db", ConfigValue.env("DATABASE_URL"), ConfigValue.env("SHADOW_DATABASE_URL"));

	private static final SchemaDatasource NO_URL_SCHEMA = new SchemaDatasource(Path.of("schema.prisma"),
			SchemaDatasource.State.VALID, "db", null, null);

	private final Map<String, String> properties = new HashMap<>();

	private final Map<String, String> environment = new HashMap<>();

	private DatabaseUrl database(String explicit, SchemaDatasource schema) {
		return DatabaseUrls.database(explicit, ApplicationProperties.of(this.properties, EnvLookup.of(this.environment)),
				schema);
	}

	private DatabaseUrl shadow(String explicit, SchemaDatasource schema) {
		return DatabaseUrls.shadow(explicit, ApplicationProperties.of(this.properties, EnvLookup.of(this.environment)),
				schema);
	}

	@Test
	void theParameterWins() {
		this.properties.put("prisma.datasource.url", "postgresql://prisma/app");
		this.environment.put("DATABASE_URL", "postgresql://env/app");
		assertThat(database("postgresql://parameter/app", ENV_SCHEMA).url()).isEqualTo("postgresql://parameter/app");
	}

	@Test
	void thenPrismaDatasourceUrlWithItsCredentials() {
		this.properties.put("prisma.datasource.url", "jdbc:postgresql://prisma:5432/app");
		this.properties.put("prisma.datasource.user", "app");
		this.properties.put("prisma.datasource.password", "p@ss word&=");
		this.properties.put("spring.datasource.url", "jdbc:postgresql://spring/app");
		DatabaseUrl database = database(null, ENV_SCHEMA);
		assertThat(database.source()).isEqualTo("prisma.datasource.url");
		PostgresConnection connection = PostgresConnection.parse(database.url(), "test");
		assertThat(connection.host()).isEqualTo("prisma");
		assertThat(connection.user()).contains("app");
		assertThat(new String(connection.password().orElseThrow())).isEqualTo("p@ss word&=");
	}

	@Test
	void theSchemasDirectUrlWinsOverItsPooledUrl(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("schema.prisma"), """
				datasource db {
				  provider  = "postgresql"
				  url       = env("DATABASE_URL")
				  directUrl = env("DIRECT_URL")
				}
				""");
		this.environment.put("DATABASE_URL", "postgresql://pooler:6432/app");
		this.environment.put("DIRECT_URL", "postgresql://primary:5432/app");
		DatabaseUrl database = database(null, SchemaDatasource.read(file));
		assertThat(database.url()).isEqualTo("postgresql://primary:5432/app");
		assertThat(database.source()).startsWith("the directUrl of datasource db");
	}

	@Test
	void thenTheSchemaUrlWhenItsVariableIsSet() {
		this.environment.put("DATABASE_URL", "postgresql://env/app");
		this.properties.put("spring.datasource.url", "jdbc:postgresql://spring/app");
		assertThat(database(null, ENV_SCHEMA).url()).isEqualTo("postgresql://env/app");
	}

	@Test
	void thenSpringDatasourceUrlWithUsernameAndPassword() {
		this.properties.put("spring.datasource.url", "jdbc:postgresql://spring:5433/app?sslmode=disable");
		this.properties.put("spring.datasource.username", "app");
		this.properties.put("spring.datasource.password", "s3cr+t");
		DatabaseUrl database = database(null, ENV_SCHEMA);
		assertThat(database.source()).isEqualTo("spring.datasource.url");
		PostgresConnection connection = PostgresConnection.parse(database.url(), "test");
		assertThat(connection.port()).isEqualTo(5433);
		assertThat(connection.database()).isEqualTo("app");
		assertThat(connection.user()).contains("app");
		assertThat(new String(connection.password().orElseThrow())).isEqualTo("s3cr+t");
		assertThat(database.toString()).doesNotContain("s3cr");
	}

	@Test
	void aSpringUrlOfAnotherDatabaseIsIgnored() {
		this.properties.put("spring.datasource.url", "jdbc:h2:mem:test");
		assertThatExceptionOfType(PluginFailure.class).isThrownBy(() -> database(null, ENV_SCHEMA))
			.withMessageContaining("P1012")
			.withMessageContaining("DATABASE_URL");
	}

	@Test
	void withoutAnyDatabaseTheErrorSaysWhereToSetOne() {
		assertThatExceptionOfType(PluginFailure.class).isThrownBy(() -> database(null, NO_URL_SCHEMA))
			.withMessageContaining("PSB1004")
			.withMessageContaining("-Dprisma.url")
			.withMessageContaining("prisma.datasource.url");
	}

	@Test
	void anInvalidSchemaLeavesTheChoiceToTheCommand() {
		SchemaDatasource invalid = new SchemaDatasource(Path.of("schema.prisma"), SchemaDatasource.State.INVALID, null,
				null, null);
		assertThat(database(null, invalid)).isNull();
	}

	@Test
	void theShadowDatabaseTakesPrismaCredentialsWhenItNamesNoUser() {
		this.properties.put("prisma.datasource.shadow-url", "jdbc:postgresql://db/shadow");
		this.properties.put("prisma.datasource.user", "app");
		this.properties.put("prisma.datasource.password", "secret");
		PostgresConnection shadow = PostgresConnection.parse(shadow(null, ENV_SCHEMA).url(), "test");
		assertThat(shadow.database()).isEqualTo("shadow");
		assertThat(shadow.user()).contains("app");

		this.properties.put("prisma.datasource.shadow-url", "postgresql://other:pw@db/shadow");
		assertThat(shadow(null, ENV_SCHEMA).url()).isEqualTo("postgresql://other:pw@db/shadow");
	}

	@Test
	void theShadowDatabaseFallsBackToTheSchemaThenNone() {
		assertThat(shadow(null, ENV_SCHEMA)).isNull();
		this.environment.put("SHADOW_DATABASE_URL", "postgresql://env/shadow");
		assertThat(shadow(null, ENV_SCHEMA).url()).isEqualTo("postgresql://env/shadow");
		assertThat(shadow("postgresql://parameter/shadow", ENV_SCHEMA).url()).isEqualTo("postgresql://parameter/shadow");
	}
}
