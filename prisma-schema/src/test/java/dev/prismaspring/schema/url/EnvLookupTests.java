package dev.prismaspring.schema.url;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EnvLookupTests {

	@Test
	void findsAVariableInAMap() {
		EnvLookup env = EnvLookup.of(Map.of("DATABASE_URL", "postgresql://localhost/db"));
		assertThat(env.get("DATABASE_URL")).isEqualTo("postgresql://localhost/db");
		assertThat(env.get("OTHER")).isNull();
		assertThat(env.require("DATABASE_URL", "datasource db, url")).isEqualTo("postgresql://localhost/db");
	}

	@Test
	void copiesTheMap() {
		Map<String, String> variables = new HashMap<>();
		EnvLookup env = EnvLookup.of(variables);
		variables.put("DATABASE_URL", "postgresql://localhost/db");
		assertThat(env.get("DATABASE_URL")).isNull();
	}

	@Test
	void readsTheProcessEnvironment() {
		String name = System.getenv().keySet().stream().findFirst().orElse("PATH");
		assertThat(EnvLookup.system().get(name)).isEqualTo(System.getenv(name));
	}

	@Test
	void namesAMissingVariableAndWhereItIsNeeded() {
		assertThatExceptionOfType(ConnectionUrlException.class)
			.isThrownBy(() -> EnvLookup.of(Map.of()).require("DATABASE_URL", "datasource db, url"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("P1012");
				assertThat(ex.source()).isEqualTo("datasource db, url");
			})
			.withMessageStartingWith("Environment variable not found: DATABASE_URL.")
			.withMessageContaining("datasource db, url")
			.withMessageContaining("Set DATABASE_URL to");
	}

	@Test
	void refusesABlankVariable() {
		assertThatExceptionOfType(ConnectionUrlException.class)
			.isThrownBy(() -> EnvLookup.of(Map.of("DIRECT_URL", " ")).require("DIRECT_URL", "datasource db, directUrl"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P1012"))
			.withMessageContaining("DIRECT_URL is empty")
			.withMessageContaining("datasource db, directUrl");
	}

	@Test
	void feedsTheParser() {
		EnvLookup env = (name) -> "postgresql://u:pw@localhost/app";
		String source = "env(\"DATABASE_URL\") in datasource db, url";
		assertThat(PostgresConnection.parse(env.require("DATABASE_URL", source), source).database()).isEqualTo("app");
	}
}
