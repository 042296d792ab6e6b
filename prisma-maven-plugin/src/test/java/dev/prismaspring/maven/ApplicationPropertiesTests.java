package dev.prismaspring.maven;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.schema.url.EnvLookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading application.yml and application.properties as Spring Boot reads them. */
class ApplicationPropertiesTests {

	@TempDir
	Path dir;

	private ApplicationProperties load(Map<String, String> environment) {
		return ApplicationProperties.load(this.dir.resolve("src/main/resources"), EnvLookup.of(environment));
	}

	private void write(String name, String text) {
		TestProject.in(this.dir).write("src/main/resources/" + name, text);
	}

	@Test
	void nestedYamlKeysAreFlattened() {
		write("application.yml", """
				spring:
				  datasource:
				    url: jdbc:postgresql://db:5432/app
				    username: app
				prisma:
				  repositories:
				    base-packages: [com.example.a, com.example.b]
				""");
		ApplicationProperties properties = load(Map.of());
		assertThat(properties.get("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/app");
		assertThat(properties.get("spring.datasource.username")).isEqualTo("app");
		assertThat(properties.get("prisma.repositories.base-packages[1]")).isEqualTo("com.example.b");
		assertThat(properties.get("spring.datasource.password")).isNull();
	}

	@Test
	void placeholdersComeFromTheEnvironmentElseTheirDefault() {
		write("application.yml", """
				spring:
				  datasource:
				    url: ${DB_URL:jdbc:postgresql://localhost:5432/app}
				    username: ${DB_USER:postgres}
				    password: ${DB_PASSWORD}
				""");
		ApplicationProperties properties = load(Map.of("DB_USER", "app", "DB_PASSWORD", "secret"));
		assertThat(properties.get("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost:5432/app");
		assertThat(properties.get("spring.datasource.username")).isEqualTo("app");
		assertThat(properties.get("spring.datasource.password")).isEqualTo("secret");
	}

	@Test
	void placeholdersNestAndReferToOtherKeys() {
		write("application.properties", """
				db.host=${DB_HOST:localhost}
				spring.datasource.url=jdbc:postgresql://${db.host}:${DB_PORT:${DEFAULT_PORT:5432}}/app
				""");
		assertThat(load(Map.of("DEFAULT_PORT", "6543")).get("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://localhost:6543/app");
		assertThat(load(Map.of("DB_HOST", "db")).get("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/app");
	}

	@Test
	void aPlaceholderWithoutValueOrDefaultIsNamedInTheError() {
		write("application.yml", "spring.datasource.password: ${DB_PASSWORD}\n");
		assertThatExceptionOfType(PluginFailure.class).isThrownBy(() -> load(Map.of()).get("spring.datasource.password"))
			.withMessageContaining("PSB1008")
			.withMessageContaining("${DB_PASSWORD}")
			.withMessageContaining("spring.datasource.password")
			.withMessageContaining("application.yml");
	}

	@Test
	void propertiesWinOverYaml() {
		write("application.yml", "prisma.datasource.url: postgresql://yaml\nprisma.datasource.user: yaml-user\n");
		write("application.properties", "prisma.datasource.url=postgresql://properties\n");
		ApplicationProperties properties = load(Map.of());
		assertThat(properties.get("prisma.datasource.url")).isEqualTo("postgresql://properties");
		assertThat(properties.get("prisma.datasource.user")).isEqualTo("yaml-user");
	}

	@Test
	void anEnvironmentVariableOverridesAKeyAsInSpring() {
		write("application.yml", "prisma.datasource.shadow-url: postgresql://file\n");
		assertThat(load(Map.of("PRISMA_DATASOURCE_SHADOWURL", "postgresql://env")).get("prisma.datasource.shadow-url"))
			.isEqualTo("postgresql://env");
	}

	@Test
	void namesAreRelaxed() {
		write("application.yml", "prisma:\n  datasource:\n    shadowUrl: postgresql://shadow\n");
		assertThat(load(Map.of()).get("prisma.datasource.shadow-url")).isEqualTo("postgresql://shadow");
	}

	@Test
	void documentsActivatedByAProfileAreLeftOut() {
		write("application.yml", """
				spring.datasource.url: jdbc:postgresql://default/app
				---
				spring.config.activate.on-profile: prod
				spring.datasource.url: jdbc:postgresql://prod/app
				""");
		write("application.properties", """
				prisma.datasource.user=default
				#---
				spring.config.activate.on-profile=prod
				prisma.datasource.user=prod
				""");
		ApplicationProperties properties = load(Map.of());
		assertThat(properties.get("spring.datasource.url")).isEqualTo("jdbc:postgresql://default/app");
		assertThat(properties.get("prisma.datasource.user")).isEqualTo("default");
	}

	@Test
	void envInTheSchemaReadsTheEnvironmentThenTheConfiguration() {
		write("application.yml", "DATABASE_URL: postgresql://from-file/app\n");
		assertThat(load(Map.of()).lookup("DATABASE_URL")).isEqualTo("postgresql://from-file/app");
		assertThat(load(Map.of("DATABASE_URL", "postgresql://from-env/app")).lookup("DATABASE_URL"))
			.isEqualTo("postgresql://from-env/app");
		assertThat(load(Map.of()).lookup("OTHER_URL")).isNull();
	}

	@Test
	void invalidYamlIsReportedWithoutQuotingTheFile() {
		write("application.yml", "spring:\n  datasource:\n    password: hunter2secret\n   url: [unclosed\n");
		assertThatExceptionOfType(PluginFailure.class).isThrownBy(() -> load(Map.of()))
			.withMessageContaining("PSB1009")
			.withMessageContaining("application.yml")
			.withMessageContaining("line ")
			.withMessageNotContaining("hunter2secret");
	}

	@Test
	void withoutFilesNothingIsSet() {
		assertThat(load(Map.of()).get("spring.datasource.url")).isNull();
	}
}
