package dev.prismaspring.schema.url;

/**
 * The words of every error in this package, in one place so they stay alike: what is wrong, where
 * the URL came from (the URL itself only ever redacted), and what to do.
 */
final class Problems {

	private static final String EXAMPLE = "postgresql://USER:PASSWORD@HOST:5432/DATABASE?schema=public";

	private Problems() {
	}

	static ConnectionUrlException environmentVariableNotFound(String name, String source) {
		return new ConnectionUrlException(ConnectionUrlException.SCHEMA_VALIDATION, source,
				"Environment variable not found: " + name + ". It is needed by " + source + ". Set " + name
						+ " to the database's connection URL, e.g. " + EXAMPLE
						+ ", in the environment that starts the application.");
	}

	static ConnectionUrlException environmentVariableBlank(String name, String source) {
		return new ConnectionUrlException(ConnectionUrlException.SCHEMA_VALIDATION, source,
				"Environment variable " + name + " is empty. It is needed by " + source + ". Set " + name
						+ " to the database's connection URL, e.g. " + EXAMPLE + ".");
	}

	static ConnectionUrlException empty(String source) {
		return new ConnectionUrlException(ConnectionUrlException.INVALID_DATABASE_STRING, source,
				"The provided database string is invalid: the URL is empty. Found in " + source
						+ ". Give a PostgreSQL URL, e.g. " + EXAMPLE + ".");
	}

	static ConnectionUrlException notPostgres(String url, String source, String found) {
		return invalid(url, source, found + ", but a PostgreSQL datasource needs a URL that starts with"
				+ " `postgresql://` (or `postgres://`, or `jdbc:postgresql:`)",
				"Use a PostgreSQL URL, e.g. " + EXAMPLE + ".");
	}

	static ConnectionUrlException invalidPort(String url, String source, String port) {
		return invalid(url, source, "the port `" + port + "` is not a number from 1 to 65535",
				"Write the port as digits after the host, e.g. `localhost:5432`, or leave it out to use 5432.");
	}

	static ConnectionUrlException invalidHost(String url, String source, String why) {
		return invalid(url, source, "the host " + why,
				"Write the host as a name or address, e.g. `localhost`, `db.example.com` or `[::1]` for IPv6.");
	}

	static ConnectionUrlException badEncoding(String url, String source, String part) {
		return invalid(url, source, part + " has a `%` that does not start a percent-encoded UTF-8 character",
				"Percent-encode special characters, e.g. `%` as `%25`, `@` as `%40`, `/` as `%2F`.");
	}

	static ConnectionUrlException unencodedUserInfo(String url, String source) {
		return invalid(url, source, "the user name or password seems to hold a `/`, `?` or `#` that is not"
				+ " percent-encoded, so the URL cannot be split into user, host and database",
				"Percent-encode special characters in user and password, e.g. `/` as `%2F`, `?` as `%3F`,"
						+ " `#` as `%23`, `@` as `%40`.");
	}

	static ConnectionUrlException fragment(String url, String source) {
		return invalid(url, source, "it has a `#` fragment, which a database URL cannot use",
				"Remove the part from `#`, or percent-encode a `#` inside a value as `%23`.");
	}

	static ConnectionUrlException databaseWithSlash(String url, String source, String path) {
		String dotted = path.replace('/', '.');
		return invalid(url, source, "the database name `" + path + "` contains `/`, and PostgreSQL would read"
				+ " only the part before it",
				"Hosted providers that show a path like `/" + path + "` name the database `" + dotted
						+ "`: write `/" + dotted + "` after the host.");
	}

	static ConnectionUrlException invalidArgument(String url, String source, String name, String value,
			String expected) {
		return invalid(url, source, "the argument `" + name + "` has the value `" + value + "`",
				"Set `" + name + "` to " + expected + ".");
	}

	static ConnectionUrlException invalidSecretArgument(String url, String source, String name) {
		return invalid(url, source, "the argument `" + name + "` cannot be read",
				"Percent-encode special characters in its value, e.g. `%` as `%25`.");
	}

	static ConnectionUrlException unknownArgument(String url, String source, String name) {
		return invalid(url, source, "the argument `" + name + "` is not one Prisma knows for PostgreSQL",
				"Remove it or correct its spelling; Prisma's arguments are "
						+ String.join(", ", PrismaArguments.KNOWN_NAMES)
						+ ". Other arguments go to the JDBC driver only when strict checking is off.");
	}

	private static ConnectionUrlException invalid(String url, String source, String what, String todo) {
		return new ConnectionUrlException(ConnectionUrlException.INVALID_DATABASE_STRING, source,
				"The provided database string is invalid: " + what + ". Found in " + source + ": "
						+ UrlRedaction.redact(url) + ". " + todo);
	}
}
