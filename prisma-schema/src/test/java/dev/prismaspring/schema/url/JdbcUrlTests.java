package dev.prismaspring.schema.url;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class JdbcUrlTests {

	private static final String SOURCE = "spring.prisma.datasource.url";

	@Test
	void keepsAJdbcUrlAsWritten() {
		String url = "jdbc:postgresql://db.example.com:6543/mydb?currentSchema=app&tcpKeepAlive=true";
		PostgresConnection connection = PostgresConnection.parse(url, SOURCE);
		assertThat(connection.jdbcUrl()).isEqualTo(url);
		assertThat(connection.host()).isEqualTo("db.example.com");
		assertThat(connection.port()).isEqualTo(6543);
		assertThat(connection.database()).isEqualTo("mydb");
		assertThat(connection.schema()).isEqualTo("app");
		assertThat(connection.driverProperties()).containsExactly(entry("currentSchema", "app"),
				entry("tcpKeepAlive", "true"));
		assertThat(connection.poolHints()).isEqualTo(PostgresConnection.PoolHints.DEFAULTS);
		assertThat(connection).hasToString(url);
	}

	@Test
	void movesCredentialsOutOfTheQuery() {
		PostgresConnection connection = PostgresConnection
			.parse("jdbc:postgresql://localhost/mydb?user=app&password=s3cret&ssl=true&sslpassword=k3y", SOURCE);
		assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/mydb?ssl=true");
		assertThat(connection.user()).contains("app");
		assertThat(new String(connection.password().orElseThrow())).isEqualTo("s3cret");
		assertThat(new String(connection.sslPassword().orElseThrow())).isEqualTo("k3y");
		assertThat(connection.driverProperties()).containsExactly(entry("ssl", "true"));
		assertThat(connection).hasToString("jdbc:postgresql://localhost/mydb?user=app&password=****&ssl=true"
				+ "&sslpassword=****");
	}

	@Test
	void movesUserInfoOutOfTheAuthority() {
		PostgresConnection connection = PostgresConnection.parse("jdbc:postgresql://app:p%40ss@localhost:5433/mydb",
				SOURCE);
		assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5433/mydb");
		assertThat(connection.user()).contains("app");
		assertThat(new String(connection.password().orElseThrow())).isEqualTo("p@ss");
		assertThat(connection).hasToString("jdbc:postgresql://app:****@localhost:5433/mydb");
	}

	@Test
	void readsTheFirstOfSeveralHosts() {
		PostgresConnection connection = PostgresConnection
			.parse("jdbc:postgresql://[::1]:5433,replica:5434/mydb?targetServerType=primary", SOURCE);
		assertThat(connection.host()).isEqualTo("::1");
		assertThat(connection.port()).isEqualTo(5433);
		assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433,replica:5434/mydb?targetServerType=primary");
	}

	@Test
	void readsTheShortFormWithoutHost() {
		PostgresConnection connection = PostgresConnection.parse("jdbc:postgresql:mydb", SOURCE);
		assertThat(connection.host()).isEqualTo("localhost");
		assertThat(connection.port()).isEqualTo(5432);
		assertThat(connection.database()).isEqualTo("mydb");
		assertThat(connection.schema()).isEqualTo("public");
		assertThat(connection.jdbcUrl()).isEqualTo("jdbc:postgresql:mydb");
	}

	@Test
	void leavesAMissingDatabaseEmpty() {
		assertThat(PostgresConnection.parse("jdbc:postgresql://localhost/", SOURCE).database()).isEmpty();
	}

	@Test
	void doesNotCheckArgumentNamesEvenWhenStrict() {
		PostgresConnection connection = PostgresConnection.parseStrict("jdbc:postgresql://localhost/db?loggerLevel=OFF",
				SOURCE);
		assertThat(connection.driverProperties()).containsEntry("loggerLevel", "OFF");
	}
}
