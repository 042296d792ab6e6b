package dev.prismaspring.schema.url;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every URL here holds the secret {@code Sup3rS3cr3t} (or a part of it that a naive parser would
 * show as host, port or database); no string this package produces may contain it.
 */
class SecretsStayHiddenTests {

	private static final String SECRET = "Sup3rS3cr3t";

	static Stream<Arguments> validUrls() {
		return Stream.of("postgresql://app:Sup3rS3cr3t@localhost:5432/db",
				"postgres://app:Sup3rS3cr3t@[::1]/db?schema=s",
				"postgresql://app:Sup3rS3cr3t@localhost/db?host=/var/run/postgresql",
				"postgresql://app:Sup%33rS3cr3t@localhost/db",
				"postgresql://app:x%40Sup3rS3cr3t@localhost/db",
				"postgresql://app:Sup3rS3cr3t@ss@localhost/db",
				"postgresql://localhost/db?user=app&password=Sup3rS3cr3t",
				"postgresql://localhost/db?PASSWORD=Sup3rS3cr3t",
				"postgresql://localhost/db?sslidentity=id.p12&sslpassword=Sup3rS3cr3t",
				"postgresql://localhost/db?SslPassword=Sup3rS3cr3t",
				"postgresql://app:Sup3rS3cr3t@localhost/db?application_name=me@work",
				"jdbc:postgresql://localhost/db?password=Sup3rS3cr3t",
				"jdbc:postgresql://app:Sup3rS3cr3t@localhost/db",
				"jdbc:postgresql://localhost/db?sslpassword=Sup3rS3cr3t&ssl=true")
			.map(Arguments::of);
	}

	static Stream<Arguments> invalidUrls() {
		return Stream.of("mysql://app:Sup3rS3cr3t@localhost/db",
				"postgresql://app:Sup3rS3cr3t@localhost:54x2/db",
				"postgresql://app:Sup3rS3cr3t@localhost/owner/db",
				"postgresql://app:Sup3rS3cr3t@localhost/db?connect_timeout=x",
				"postgresql://app:Sup3rS3cr3t@localhost/db#frag",
				"postgresql://app:Sup3rS3cr3t%zz@localhost/db",
				"postgresql://app:Sup/3rS3cr3t@localhost/db",
				"postgresql://app:Sup3rS3/cr3t@localhost/db",
				"postgresql://app:Sup3r?S3cr3t@localhost/db",
				"postgresql://app:Sup3r#S3cr3t@localhost/db",
				"postgresql://app:Sup3rS3cr3t@[::1/db",
				"postgresql://localhost/db?password=Sup3rS3cr3t&connect_timeout=x",
				"postgresql://localhost/db?sslpassword=Sup3rS3cr3t%zz",
				"postgresql://localhost/db?sslpassword=Sup3rS3cr3t&sslmode=bad",
				"jdbc:postgresql://app:Sup3rS3cr3t@localhost:x/db",
				"jdbc:postgresql://localhost/db?password=Sup3rS3cr3t%zz")
			.map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("validUrls")
	void noStringOfAParsedConnectionHoldsTheSecret(String url) {
		PostgresConnection connection = PostgresConnection.parse(url, "datasource db, url");
		assertThat(connection.toString()).doesNotContain(SECRET).contains("****");
		assertThat(connection.jdbcUrl()).doesNotContain(SECRET).doesNotContain("Sup%33r");
		assertThat(connection.driverProperties().toString()).doesNotContain(SECRET);
		assertThat(connection.poolHints().toString()).doesNotContain(SECRET);
		assertThat(connection.password().toString()).doesNotContain(SECRET);
	}

	@ParameterizedTest
	@MethodSource("invalidUrls")
	void noErrorMessageHoldsTheSecretOrAPartOfIt(String url) {
		ConnectionUrlException ex = catchThrowableOfType(ConnectionUrlException.class,
				() -> PostgresConnection.parse(url, "datasource db, url"));
		assertThat(ex).isNotNull();
		assertThat(ex.getMessage()).doesNotContain("Sup3r").doesNotContain("S3cr3t").doesNotContain("cr3t");
		assertThat(ex.toString()).doesNotContain("S3cr3t");
	}
}
