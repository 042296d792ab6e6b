package dev.prismaspring.test;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a PostgreSQL server is and how to log in, read from either URL form users have at hand:
 * {@code postgresql://user:pass@host:port/db?k=v} (what Prisma and Node tools take) and
 * {@code jdbc:postgresql://host:port/db?user=u&password=p}.
 */
final class ServerSettings {

	private static final int DEFAULT_PORT = 5432;

	private static final String DEFAULT_USER = "postgres";

	private final String host;

	private final int port;

	private final String user;

	private final String password;

	private final String database;

	// Everything else in the query string (sslmode, ...), passed on to both URL forms.
	private final Map<String, String> options;

	ServerSettings(String host, int port, String user, String password, String database, Map<String, String> options) {
		this.host = host;
		this.port = port;
		this.user = user;
		this.password = password;
		this.database = database;
		this.options = Map.copyOf(options);
	}

	static ServerSettings parse(String url) {
		String text = url.trim();
		String rest;
		if (text.startsWith("jdbc:postgresql://")) {
			rest = text.substring("jdbc:postgresql://".length());
		}
		else if (text.startsWith("postgresql://")) {
			rest = text.substring("postgresql://".length());
		}
		else if (text.startsWith("postgres://")) {
			rest = text.substring("postgres://".length());
		}
		else {
			throw new IllegalArgumentException("Not a PostgreSQL URL: '" + Redaction.redact(text)
					+ "'. Use postgresql://user:password@host:port/database or jdbc:postgresql://host:port/database?user=...");
		}
		String query = "";
		int questionMark = rest.indexOf('?');
		if (questionMark >= 0) {
			query = rest.substring(questionMark + 1);
			rest = rest.substring(0, questionMark);
		}
		String database = DEFAULT_USER;
		int slash = rest.indexOf('/');
		if (slash >= 0) {
			String path = decode(rest.substring(slash + 1));
			if (!path.isEmpty()) {
				database = path;
			}
			rest = rest.substring(0, slash);
		}
		String user = null;
		String password = null;
		// The last '@' ends the user info: an unencoded '@' in a password is a common slip.
		int at = rest.lastIndexOf('@');
		if (at >= 0) {
			String userInfo = rest.substring(0, at);
			rest = rest.substring(at + 1);
			int colon = userInfo.indexOf(':');
			if (colon >= 0) {
				user = decode(userInfo.substring(0, colon));
				password = decode(userInfo.substring(colon + 1));
			}
			else {
				user = decode(userInfo);
			}
		}
		String host = "localhost";
		int port = DEFAULT_PORT;
		if (!rest.isEmpty()) {
			int portColon = rest.startsWith("[") ? rest.indexOf(':', rest.indexOf(']')) : rest.lastIndexOf(':');
			if (portColon >= 0) {
				port = parsePort(rest.substring(portColon + 1), text);
				rest = rest.substring(0, portColon);
			}
			if (!rest.isEmpty()) {
				host = rest;
			}
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String key = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			if (key.equals("user")) {
				user = value;
			}
			else if (key.equals("password")) {
				password = value;
			}
			else {
				options.put(key, value);
			}
		}
		if (user == null || user.isEmpty()) {
			user = DEFAULT_USER;
		}
		return new ServerSettings(host, port, user, password, database, options);
	}

	private static int parsePort(String port, String url) {
		try {
			return Integer.parseInt(port);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Invalid port '" + port + "' in '" + Redaction.redact(url) + "'");
		}
	}

	private static String decode(String text) {
		// URLDecoder would turn '+' into a space, which URLs outside forms do not do.
		return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	ServerSettings withDatabase(String name) {
		return new ServerSettings(this.host, this.port, this.user, this.password, name, this.options);
	}

	/** The same server and database without the password, for tools that get it from {@code PGPASSWORD}. */
	ServerSettings withoutPassword() {
		return new ServerSettings(this.host, this.port, this.user, null, this.database, this.options);
	}

	String host() {
		return this.host;
	}

	int port() {
		return this.port;
	}

	String user() {
		return this.user;
	}

	String password() {
		return this.password;
	}

	String database() {
		return this.database;
	}

	/** JDBC URL without credentials: they go to the driver as properties. */
	String jdbcUrl() {
		return "jdbc:postgresql://" + hostAndPort() + "/" + encode(this.database) + optionsQuery('?');
	}

	/** The {@code postgresql://} form with the password, for tools that take a single string. */
	String postgresUrl() {
		return postgresUrl(true);
	}

	/** The {@code postgresql://} form with the password masked, for messages. */
	String redactedUrl() {
		return postgresUrl(false);
	}

	private String postgresUrl(boolean withPassword) {
		StringBuilder url = new StringBuilder("postgresql://").append(encode(this.user));
		if (this.password != null) {
			url.append(':').append(withPassword ? encode(this.password) : "***");
		}
		return url.append('@').append(hostAndPort()).append('/').append(encode(this.database))
			.append(optionsQuery('?'))
			.toString();
	}

	private String hostAndPort() {
		return this.host + ":" + this.port;
	}

	private String optionsQuery(char prefix) {
		if (this.options.isEmpty()) {
			return "";
		}
		StringJoiner query = new StringJoiner("&", String.valueOf(prefix), "");
		this.options.forEach((key, value) -> query.add(encode(key) + "=" + encode(value)));
		return query.toString();
	}

	@Override
	public String toString() {
		return redactedUrl();
	}

}
