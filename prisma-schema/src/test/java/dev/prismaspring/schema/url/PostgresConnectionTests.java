package dev.prismaspring.schema.url;

import java.time.Duration;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class PostgresConnectionTests {

	private static final String SOURCE = "datasource db, url";

	@Test
	void readsEveryPartOfAPrismaUrl() {
		PostgresConnection connection = parse("postgresql://johndoe:randompassword@db.example.com:6543/mydb?schema=app");
		assertThat(connection.user()).contains("johndoe");
		assertThat(connection.password()).hasValueSatisfying((password) -> assertThat(password).containsExactly(
				"randompassword".toCharArray()));
		assertThat(connection.host()).isEqualTo("db.example.com");
		assertThat(connection.port()).isEqualTo(6543);
		assertThat(connection.database()).isEqualTo("mydb");
		assertThat(connection.schema()).isEqualTo("app");
		assertThat(connection.isUnixSocket()).isFalse();
		assertThat(connection.jdbcUrl())
			.isEqualTo("jdbc:postgresql://db.example.com:6543/mydb?currentSchema=app&sslmode=prefer&connectTimeout=5");
	}

	@Test
	void acceptsThePostgresSchemeAndAnyCase() {
		assertThat(parse("postgres://u@localhost/mydb").database()).isEqualTo("mydb");
		assertThat(parse("PostgreSQL://u@localhost/mydb").database()).isEqualTo("mydb");
	}

	@Test
	void fillsInPrismaDefaults() {
		PostgresConnection connection = parse("postgresql://localhost");
		assertThat(connection.port()).isEqualTo(5432);
		assertThat(connection.database()).isEqualTo("postgres");
		assertThat(connection.schema()).isEqualTo("public");
		assertThat(connection.user()).isEmpty();
		assertThat(connection.password()).isEmpty();
		assertThat(connection.sslPassword()).isEmpty();
		assertThat(connection.driverProperties()).containsExactly(entry("currentSchema", "public"),
				entry("sslmode", "prefer"), entry("connectTimeout", "5"));
		assertThat(connection.poolHints()).isEqualTo(PostgresConnection.PoolHints.DEFAULTS);
	}

	@Test
	void usesLocalhostAndPostgresWhenHostAndDatabaseAreEmpty() {
		PostgresConnection connection = parse("postgresql:///");
		assertThat(connection.host()).isEqualTo("localhost");
		assertThat(connection.database()).isEqualTo("postgres");
		assertThat(connection.jdbcUrl()).startsWith("jdbc:postgresql://localhost:5432/postgres?");
	}

	@Test
	void ignoresOneTrailingSlashAfterTheDatabase() {
		assertThat(parse("postgresql://localhost/mydb/").database()).isEqualTo("mydb");
	}

	@Test
	void ignoresSurroundingWhiteSpaceAsEnvironmentFilesLeaveIt() {
		assertThat(parse("  postgresql://localhost/mydb\n").database()).isEqualTo("mydb");
	}

	@Test
	void decodesPercentEncodedUserPasswordAndDatabase() {
		PostgresConnection connection = parse("postgresql://j%C3%B6rg%2Bx:p%40ss%2F%3F%23w0rd@localhost/my%20db");
		assertThat(connection.user()).contains("jörg+x");
		assertThat(new String(connection.password().orElseThrow())).isEqualTo("p@ss/?#w0rd");
		assertThat(connection.database()).isEqualTo("my db");
		assertThat(connection.jdbcUrl()).startsWith("jdbc:postgresql://localhost:5432/my+db?");
	}

	@Test
	void decodesTheDocumentedSpecialCharacterExample() {
		assertThat(new String(parse("postgresql://u:p%40%24%24w0rd@localhost/db").password().orElseThrow()))
			.isEqualTo("p@$$w0rd");
	}

	@Test
	void takesTheLastAtSignAsTheEndOfTheUserInfo() {
		PostgresConnection connection = parse("postgresql://user:p@ss@localhost/db");
		assertThat(new String(connection.password().orElseThrow())).isEqualTo("p@ss");
		assertThat(connection.host()).isEqualTo("localhost");
	}

	@Test
	void keepsAPlusInThePasswordButReadsItAsSpaceInArguments() {
		PostgresConnection connection = parse("postgresql://u:a+b@localhost/db?application_name=my+app");
		assertThat(new String(connection.password().orElseThrow())).isEqualTo("a+b");
		assertThat(connection.driverProperties()).containsEntry("ApplicationName", "my app");
	}

	@Test
	void returnsAFreshPasswordCopyEachTime() {
		PostgresConnection connection = parse("postgresql://u:secret@localhost/db");
		char[] first = connection.password().orElseThrow();
		java.util.Arrays.fill(first, 'x');
		assertThat(new String(connection.password().orElseThrow())).isEqualTo("secret");
	}

	@Test
	void treatsAnEmptyUserOrPasswordAsNone() {
		PostgresConnection connection = parse("postgresql://:@localhost/db");
		assertThat(connection.user()).isEmpty();
		assertThat(connection.password()).isEmpty();
	}

	@Test
	void takesUserAndPasswordArgumentsWhenThereIsNoUserInfo() {
		PostgresConnection connection = parse("postgresql://localhost/db?user=app&password=s%26cret");
		assertThat(connection.user()).contains("app");
		assertThat(new String(connection.password().orElseThrow())).isEqualTo("s&cret");
		assertThat(connection.driverProperties()).doesNotContainKeys("user", "password");
		assertThat(connection.jdbcUrl()).doesNotContain("user").doesNotContain("s%26cret");
	}

	@Test
	void readsAnIpv6HostInBrackets() {
		PostgresConnection connection = parse("postgresql://u:pw@[::1]:5433/db");
		assertThat(connection.host()).isEqualTo("::1");
		assertThat(connection.port()).isEqualTo(5433);
		assertThat(connection.jdbcUrl()).startsWith("jdbc:postgresql://[::1]:5433/db?");
	}

	@Test
	void readsAFullIpv6AddressWithoutPort() {
		PostgresConnection connection = parse("postgresql://[2001:db8:1234::ffff]/db");
		assertThat(connection.host()).isEqualTo("2001:db8:1234::ffff");
		assertThat(connection.port()).isEqualTo(5432);
	}

	@Test
	void connectsThroughAUnixSocketDirectoryGivenAsHostArgument() {
		PostgresConnection connection = parse("postgresql://u@localhost/db?host=/var/run/postgresql");
		assertThat(connection.isUnixSocket()).isTrue();
		assertThat(connection.host()).isEqualTo("/var/run/postgresql");
		assertThat(connection.driverProperties()).containsEntry("socketFactory", PrismaArguments.UNIX_SOCKET_FACTORY)
			.containsEntry("socketFactoryArg", "/var/run/postgresql/.s.PGSQL.5432")
			.containsEntry("sslmode", "disable");
		assertThat(connection.jdbcUrl()).startsWith("jdbc:postgresql://localhost:5432/db?")
			.contains("socketFactoryArg=%2Fvar%2Frun%2Fpostgresql%2F.s.PGSQL.5432");
	}

	@Test
	void namesTheSocketFileAfterThePortAndAcceptsAnEncodedDirectory() {
		PostgresConnection connection = parse("postgresql:///db?host=%2Ftmp%2F&schema=s");
		assertThat(connection.driverProperties()).containsEntry("socketFactoryArg", "/tmp/.s.PGSQL.5432");
		assertThat(parse("postgresql://localhost:6000/db?host=/tmp").driverProperties())
			.containsEntry("socketFactoryArg", "/tmp/.s.PGSQL.6000");
	}

	@Test
	void letsAHostArgumentThatIsNoDirectoryReplaceTheUrlHost() {
		PostgresConnection connection = parse("postgresql://localhost/db?host=db.internal");
		assertThat(connection.isUnixSocket()).isFalse();
		assertThat(connection.host()).isEqualTo("db.internal");
		assertThat(connection.jdbcUrl()).startsWith("jdbc:postgresql://db.internal:5432/db?");
		assertThat(connection.driverProperties()).doesNotContainKeys("host", "socketFactory");
	}

	@Test
	void passesTheSchemaAsCurrentSchema() {
		PostgresConnection connection = parse("postgresql://localhost/db?schema=my%20schema");
		assertThat(connection.schema()).isEqualTo("my schema");
		assertThat(connection.driverProperties()).containsEntry("currentSchema", "my schema");
		assertThat(connection.jdbcUrl()).contains("currentSchema=my+schema");
	}

	@ParameterizedTest(name = "sslmode={0} sslaccept={1} -> {2}")
	@CsvSource({ "disable,,disable", "prefer,,prefer", "require,,require", ",,prefer",
			"require,accept_invalid_certs,require", "require,strict,verify-full", "prefer,strict,verify-full",
			",strict,verify-full", "disable,strict,disable", "verify-ca,,verify-ca", "verify-full,,verify-full",
			"allow,,allow", "verify-ca,strict,verify-ca" })
	void mapsSslModeAndSslAcceptToPgjdbcSslMode(String sslMode, String sslAccept, String expected) {
		StringBuilder url = new StringBuilder("postgresql://localhost/db?x_marker=1");
		if (sslMode != null) {
			url.append("&sslmode=").append(sslMode);
		}
		if (sslAccept != null) {
			url.append("&sslaccept=").append(sslAccept);
		}
		assertThat(parse(url.toString()).driverProperties()).containsEntry("sslmode", expected);
	}

	@Test
	void neverAsksForTlsOnAUnixSocket() {
		assertThat(parse("postgresql://localhost/db?host=/tmp&sslmode=require&sslaccept=strict").driverProperties())
			.containsEntry("sslmode", "disable");
	}

	@Test
	void mapsPrismaCertificateArgumentsToPgjdbcNames() {
		PostgresConnection connection = parse("postgresql://localhost/db?sslcert=rootca.cert"
				+ "&sslidentity=client-identity.p12&sslpassword=mypassword&sslmode=require");
		assertThat(connection.driverProperties()).containsEntry("sslrootcert", "rootca.cert")
			.containsEntry("sslkey", "client-identity.p12")
			.doesNotContainKeys("sslcert", "sslidentity", "sslpassword");
		assertThat(new String(connection.sslPassword().orElseThrow())).isEqualTo("mypassword");
		assertThat(connection.jdbcUrl()).doesNotContain("mypassword");
	}

	@Test
	void mapsTimeoutsApplicationNameOptionsAndCaching() {
		PostgresConnection connection = parse("postgresql://localhost/db?connect_timeout=0&socket_timeout=30"
				+ "&application_name=billing&options=-c%20statement_timeout%3D5000&statement_cache_size=50"
				+ "&channel_binding=require");
		assertThat(connection.driverProperties()).containsEntry("connectTimeout", "0")
			.containsEntry("socketTimeout", "30")
			.containsEntry("ApplicationName", "billing")
			.containsEntry("options", "-c statement_timeout=5000")
			.containsEntry("preparedStatementCacheQueries", "50")
			.containsEntry("channelBinding", "require");
		assertThat(connection.jdbcUrl()).contains("options=-c+statement_timeout%3D5000");
	}

	@Test
	void keepsPoolArgumentsAsHintsOutOfTheDriverProperties() {
		PostgresConnection connection = parse("postgresql://localhost/db?connection_limit=7&pool_timeout=0"
				+ "&max_connection_lifetime=600&max_idle_connection_lifetime=60");
		assertThat(connection.poolHints()).isEqualTo(new PostgresConnection.PoolHints(OptionalInt.of(7), Duration.ZERO,
				false, Duration.ofMinutes(10), Duration.ofMinutes(1)));
		assertThat(connection.driverProperties()).doesNotContainKeys("connection_limit", "pool_timeout",
				"max_connection_lifetime", "max_idle_connection_lifetime");
	}

	@Test
	void turnsOffNamedPreparedStatementsAndTheStartupSchemaForPgBouncer() {
		PostgresConnection connection = parse("postgresql://localhost:6432/db?pgbouncer=true&schema=app");
		assertThat(connection.poolHints().pgBouncer()).isTrue();
		assertThat(connection.schema()).isEqualTo("app");
		assertThat(connection.driverProperties()).containsEntry("prepareThreshold", "0")
			.doesNotContainKey("currentSchema");
	}

	@Test
	void acceptsPgBouncerFalse() {
		PostgresConnection connection = parse("postgresql://localhost/db?pgbouncer=false");
		assertThat(connection.poolHints().pgBouncer()).isFalse();
		assertThat(connection.driverProperties()).doesNotContainKey("prepareThreshold");
	}

	@Test
	void ignoresSingleUseConnections() {
		assertThat(parseStrict("postgresql://localhost/db?single_use_connections=true").driverProperties())
			.doesNotContainKey("single_use_connections");
	}

	@Test
	void passesUnknownArgumentsToPgjdbcUnchangedWhenLenient() {
		PostgresConnection connection = parse("postgresql://localhost/db?tcpKeepAlive=true&targetServerType=primary");
		assertThat(connection.driverProperties()).containsEntry("tcpKeepAlive", "true")
			.containsEntry("targetServerType", "primary");
		assertThat(connection.jdbcUrl()).endsWith("&tcpKeepAlive=true&targetServerType=primary");
	}

	@Test
	void letsPrismaArgumentsWinOverThePgjdbcSpellingOfTheSameProperty() {
		PostgresConnection connection = parse("postgresql://localhost/db?currentSchema=other&schema=app"
				+ "&connectTimeout=99");
		assertThat(connection.schema()).isEqualTo("app");
		assertThat(connection.driverProperties()).containsEntry("currentSchema", "app")
			.containsEntry("connectTimeout", "5");
	}

	@Test
	void readsCurrentSchemaWhenThereIsNoSchemaArgument() {
		PostgresConnection connection = parse("postgresql://localhost/db?currentSchema=other");
		assertThat(connection.schema()).isEqualTo("other");
		assertThat(connection.driverProperties()).containsEntry("currentSchema", "other");
	}

	@Test
	void keepsTheLastValueOfARepeatedArgument() {
		assertThat(parse("postgresql://localhost/db?schema=a&schema=b").schema()).isEqualTo("b");
	}

	@Test
	void acceptsEveryPrismaArgumentWhenStrict() {
		PostgresConnection connection = parseStrict("postgresql://u:pw@localhost/db?schema=s&sslmode=require"
				+ "&sslcert=a&sslrootcert=b&sslidentity=c&sslpassword=d&sslaccept=strict&host=/tmp"
				+ "&connect_timeout=1&socket_timeout=2&pool_timeout=3&connection_limit=4&pgbouncer=true"
				+ "&statement_cache_size=5&application_name=n&channel_binding=prefer&options=o"
				+ "&max_connection_lifetime=6&max_idle_connection_lifetime=7&single_use_connections=true");
		assertThat(connection.schema()).isEqualTo("s");
		assertThat(connection.driverProperties()).containsEntry("sslmode", "disable")
			.containsEntry("sslrootcert", "b")
			.containsEntry("sslkey", "c")
			.containsEntry("socketTimeout", "2")
			.containsEntry("preparedStatementCacheQueries", "5")
			.containsEntry("ApplicationName", "n")
			.containsEntry("channelBinding", "prefer")
			.containsEntry("options", "o");
		assertThat(connection.poolHints()).isEqualTo(new PostgresConnection.PoolHints(OptionalInt.of(4),
				Duration.ofSeconds(3), true, Duration.ofSeconds(6), Duration.ofSeconds(7)));
	}

	@Test
	void showsTheUrlWithThePasswordMasked() {
		assertThat(parse("postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public"))
			.hasToString("postgresql://johndoe:****@localhost:5432/mydb?schema=public");
		assertThat(parse("postgresql://johndoe@localhost/mydb")).hasToString("postgresql://johndoe@localhost/mydb");
		assertThat(parse("postgresql://u:p@ss@localhost/db?sslpassword=x&application_name=a@b"))
			.hasToString("postgresql://u:****@localhost/db?sslpassword=****&application_name=a@b");
	}

	private static PostgresConnection parse(String url) {
		return PostgresConnection.parse(url, SOURCE);
	}

	private static PostgresConnection parseStrict(String url) {
		return PostgresConnection.parseStrict(url, SOURCE);
	}
}
