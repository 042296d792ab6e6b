package dev.prismaspring.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ServerSettingsTests {

	@Test
	void readsThePrismaForm() {
		ServerSettings settings = ServerSettings.parse("postgresql://alice:s%40cret@db.example:6543/admin?sslmode=require");
		assertThat(settings.host()).isEqualTo("db.example");
		assertThat(settings.port()).isEqualTo(6543);
		assertThat(settings.user()).isEqualTo("alice");
		assertThat(settings.password()).isEqualTo("s@cret");
		assertThat(settings.database()).isEqualTo("admin");
		assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/admin?sslmode=require");
		assertThat(settings.postgresUrl()).isEqualTo("postgresql://alice:s%40cret@db.example:6543/admin?sslmode=require");
	}

	@Test
	void readsTheJdbcFormWithCredentialsInTheQuery() {
		ServerSettings settings = ServerSettings.parse("jdbc:postgresql://127.0.0.1/postgres?user=bob&password=p+w&ssl=false");
		assertThat(settings.host()).isEqualTo("127.0.0.1");
		assertThat(settings.port()).isEqualTo(5432);
		assertThat(settings.user()).isEqualTo("bob");
		assertThat(settings.password()).isEqualTo("p+w");
		assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres?ssl=false");
	}

	@Test
	void defaultsUserHostPortAndDatabase() {
		ServerSettings settings = ServerSettings.parse("postgres://");
		assertThat(settings.postgresUrl()).isEqualTo("postgresql://postgres@localhost:5432/postgres");
		assertThat(settings.password()).isNull();
	}

	@Test
	void keepsBracketedIpv6Hosts() {
		ServerSettings settings = ServerSettings.parse("postgresql://u@[::1]:5433/d");
		assertThat(settings.host()).isEqualTo("[::1]");
		assertThat(settings.port()).isEqualTo(5433);
	}

	@Test
	void switchesDatabaseAndKeepsTheRest() {
		ServerSettings settings = ServerSettings.parse("postgresql://u:p@h:1/admin").withDatabase("t_x_1");
		assertThat(settings.postgresUrl()).isEqualTo("postgresql://u:p@h:1/t_x_1");
		assertThat(settings.withoutPassword().postgresUrl()).isEqualTo("postgresql://u@h:1/t_x_1");
	}

	@Test
	void neverShowsThePasswordInToString() {
		ServerSettings settings = ServerSettings.parse("postgresql://u:topsecret@h/d");
		assertThat(settings).hasToString("postgresql://u:***@h:5432/d");
	}

	@Test
	void rejectsOtherSchemesWithoutEchoingThePassword() {
		assertThatIllegalArgumentException().isThrownBy(() -> ServerSettings.parse("mysql://u:topsecret@h/d"))
			.withMessageContaining("Not a PostgreSQL URL")
			.withMessageNotContaining("topsecret");
	}

	@Test
	void redactsPasswordsInFreeText() {
		assertThat(Redaction.redact("oracle diff url:postgresql://u:topsecret@h:5432/d empty"))
			.isEqualTo("oracle diff url:postgresql://u:***@h:5432/d empty");
		assertThat(Redaction.redact("jdbc:postgresql://h/d?user=u&password=topsecret&ssl=true"))
			.isEqualTo("jdbc:postgresql://h/d?user=u&password=***&ssl=true");
		assertThat(Redaction.redact("postgresql://u@h:5432/d")).isEqualTo("postgresql://u@h:5432/d");
	}

}
