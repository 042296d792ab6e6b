package dev.prismaspring.schema.url;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConnectionUrlErrorTests {

	private static final String SOURCE = "datasource db, url";

	@Test
	void namesTheSchemeFoundAndTheOneExpected() {
		assertInvalid(() -> parse("mysql://root:pw@localhost:3306/db"))
			.withMessageContaining("`mysql://`")
			.withMessageContaining("`postgresql://`")
			.withMessageContaining("Found in datasource db, url: mysql://root:****@localhost:3306/db");
	}

	@Test
	void namesAJdbcUrlOfAnotherDatabase() {
		assertInvalid(() -> parse("jdbc:mysql://localhost/db")).withMessageContaining("`jdbc:mysql:`");
	}

	@Test
	void saysWhenThereIsNoScheme() {
		assertInvalid(() -> parse("localhost:5432/mydb")).withMessageContaining("no scheme");
	}

	@Test
	void saysWhenTheSlashesAreMissing() {
		assertInvalid(() -> parse("postgresql:localhost/mydb")).withMessageContaining("`postgresql:` without `//`");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\n" })
	void refusesAnEmptyUrl(String url) {
		assertInvalid(() -> parse(url)).withMessageContaining("empty").withMessageContaining(SOURCE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql://localhost:54x2/db", "postgresql://localhost:0/db",
			"postgresql://localhost:65536/db", "postgresql://localhost:-1/db", "postgresql://[::1]:abc/db",
			"jdbc:postgresql://localhost:port/db" })
	void refusesAnInvalidPort(String url) {
		assertInvalid(() -> parse(url)).withMessageContaining("port")
			.withMessageContaining("from 1 to 65535")
			.withMessageContaining(SOURCE);
	}

	@Test
	void quotesTheInvalidPort() {
		assertInvalid(() -> parse("postgresql://u:pw@localhost:54x2/db")).withMessageContaining("`54x2`");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql://[::1/db", "postgresql://[::1]x/db", "postgresql://::1/db",
			"postgresql://[]/db", "postgresql://my host/db" })
	void refusesAnInvalidHost(String url) {
		assertInvalid(() -> parse(url)).withMessageContaining("the host");
	}

	@Test
	void refusesBadPercentEncodingInThePasswordWithoutShowingIt() {
		assertInvalid(() -> parse("postgresql://u:100%sure@localhost/db"))
			.withMessageContaining("the password has a `%`")
			.withMessageContaining("`%25`")
			.withMessageNotContaining("100")
			.withMessageNotContaining("sure");
	}

	@Test
	void refusesBadPercentEncodingInTheUserDatabaseAndArguments() {
		assertInvalid(() -> parse("postgresql://us%zzer@localhost/db")).withMessageContaining("the user name");
		assertInvalid(() -> parse("postgresql://localhost/d%4")).withMessageContaining("the database name");
		assertInvalid(() -> parse("postgresql://localhost/db?application_name=100%")).withMessageContaining(
				"the value of the argument `application_name`");
		assertInvalid(() -> parse("jdbc:postgresql://localhost/db?ApplicationName=%G1")).withMessageContaining(
				"`ApplicationName`");
	}

	@Test
	void refusesPercentEncodedBytesThatAreNotUtf8() {
		assertInvalid(() -> parse("postgresql://localhost/%FF")).withMessageContaining("UTF-8");
	}

	@Test
	void refusesABadlyEncodedSslPasswordWithoutShowingIt() {
		assertInvalid(() -> parse("postgresql://localhost/db?sslpassword=ab%zzcd"))
			.withMessageContaining("`sslpassword`")
			.withMessageNotContaining("ab%zzcd");
	}

	@Test
	void explainsHowHostedProvidersSpellADatabaseWithOwner() {
		assertInvalid(() -> parse("postgresql://u:pw@db.example.com/owner/dbname"))
			.withMessageContaining("`owner/dbname` contains `/`")
			.withMessageContaining("`owner.dbname`")
			.withMessageContaining("postgresql://u:****@db.example.com/owner/dbname");
		assertInvalid(() -> parse("jdbc:postgresql://localhost/owner/dbname")).withMessageContaining("`owner.dbname`");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql://user:pa/ss@localhost/db", "postgresql://user:pa?ss@localhost/db",
			"postgresql://us/er:secret@localhost/db", "postgresql://us?er:secret@localhost/db",
			"postgresql://user:pa#ss@localhost/db" })
	void explainsAnUnencodedSpecialCharacterInTheUserInfo(String url) {
		assertInvalid(() -> parse(url)).withMessageContaining("percent-encoded").withMessageContaining("`%2F`");
	}

	@Test
	void refusesAFragment() {
		assertInvalid(() -> parse("postgresql://localhost/db#main")).withMessageContaining("`#`");
	}

	@ParameterizedTest
	@ValueSource(strings = { "connect_timeout=5s", "socket_timeout=-1", "pool_timeout=ten", "connection_limit=0",
			"connection_limit=", "statement_cache_size=1.5", "pgbouncer=yes", "sslmode=requir", "sslaccept=lenient",
			"channel_binding=maybe", "schema=", "max_connection_lifetime=1e3", "connect_timeout=99999999999" })
	void refusesAnInvalidArgumentValueNamingTheArgument(String argument) {
		String name = argument.substring(0, argument.indexOf('='));
		assertInvalid(() -> parse("postgresql://localhost/db?" + argument))
			.withMessageContaining("the argument `" + name + "`")
			.withMessageContaining("Set `" + name + "` to ");
	}

	@Test
	void listsTheAllowedSslModes() {
		assertInvalid(() -> parse("postgresql://localhost/db?sslmode=requir"))
			.withMessageContaining("`requir`")
			.withMessageContaining("disable, prefer, require");
	}

	@Test
	void refusesAnUnknownArgumentWhenStrict() {
		assertInvalid(() -> PostgresConnection.parseStrict("postgresql://localhost/db?shema=app", SOURCE))
			.withMessageContaining("the argument `shema` is not one Prisma knows")
			.withMessageContaining("schema");
	}

	@Test
	void carriesTheSourceItWasGiven() {
		assertInvalid(() -> PostgresConnection.parse("mysql://x", "env(\"DATABASE_URL\") in datasource db, url"))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.source())
				.isEqualTo("env(\"DATABASE_URL\") in datasource db, url"));
	}

	private static PostgresConnection parse(String url) {
		return PostgresConnection.parse(url, SOURCE);
	}

	private static org.assertj.core.api.ThrowableAssertAlternative<ConnectionUrlException> assertInvalid(
			ThrowingCallable call) {
		return assertThatExceptionOfType(ConnectionUrlException.class).isThrownBy(call)
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.code()).isEqualTo("P1013"))
			.withMessageStartingWith("The provided database string is invalid: ");
	}
}
