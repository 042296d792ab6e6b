package dev.prismaspring.schema.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code jdbc:postgresql:} URLs, which are kept as written except for credentials: a user,
 * password or {@code sslpassword} moves out of the URL into the connection's own accessors.
 */
final class JdbcUrlParser {

	static final String PREFIX = "jdbc:postgresql:";

	private final String url;

	private final String source;

	// Credentials from the query, used when the URL has no user info.
	private String user;

	private String password;

	private String sslPassword;

	private JdbcUrlParser(String url, String source) {
		this.url = url;
		this.source = source;
	}

	static ConnectionParts parse(String url, String source) {
		return new JdbcUrlParser(url, source).parse();
	}

	// url = "jdbc:postgresql:" ["//" [user [":" password] "@"] host [":" port] ("," host [":" port])*] ["/"] database ["?" arguments]
	private ConnectionParts parse() {
		String rest = this.url.substring(PREFIX.length());
		ConnectionParts parts = new ConnectionParts();
		parts.redactedUrl = UrlRedaction.redactSecretArguments(this.url);
		String prefix;
		String tail;
		HostAndPort address;
		if (rest.startsWith("//")) {
			String body = rest.substring(2);
			int authorityEnd = PrismaUrlParser.authorityEnd(body);
			String authority = body.substring(0, authorityEnd);
			tail = body.substring(authorityEnd);
			int at = authority.lastIndexOf('@');
			if (at >= 0) {
				readUserInfo(authority.substring(0, at), parts, PREFIX.length() + 2);
			}
			String hosts = authority.substring(at + 1);
			address = null;
			for (String host : hosts.split(",", -1)) {
				HostAndPort parsed = HostAndPort.parse(host, this.url, this.source);
				address = (address != null) ? address : parsed;
			}
			prefix = PREFIX + "//" + hosts;
		}
		else {
			tail = rest;
			address = new HostAndPort(HostAndPort.DEFAULT_HOST, HostAndPort.DEFAULT_PORT, false);
			prefix = PREFIX;
		}
		int queryStart = tail.indexOf('?');
		String path = (queryStart >= 0) ? tail.substring(0, queryStart) : tail;
		List<QueryArgument> query = QueryArgument.split((queryStart >= 0) ? tail.substring(queryStart + 1) : "");
		PrismaUrlParser.rejectMisplacedUserInfo(this.url, this.source, path, query);
		parts.database = database(path);

		Map<String, String> properties = new LinkedHashMap<>();
		List<String> kept = new ArrayList<>();
		for (QueryArgument argument : query) {
			String name = decode(argument.name(), "the argument name `" + argument.name() + "`");
			if (argument.isSecret() || name.equalsIgnoreCase("user")) {
				readCredential(name, argument);
				continue;
			}
			properties.put(name, decode(argument.value(), "the value of the argument `" + name + "`"));
			kept.add(argument.text());
		}
		if (parts.user == null) {
			parts.user = this.user;
		}
		if (parts.password == null) {
			parts.password = this.password;
		}
		parts.sslPassword = this.sslPassword;
		parts.host = address.host();
		parts.port = address.port();
		parts.schema = properties.getOrDefault("currentSchema", PrismaArguments.DEFAULT_SCHEMA);
		parts.driverProperties = properties;
		parts.poolHints = PostgresConnection.PoolHints.DEFAULTS;
		parts.jdbcUrl = prefix + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
		return parts;
	}

	private void readUserInfo(String userInfo, ConnectionParts parts, int userInfoStart) {
		int colon = userInfo.indexOf(':');
		parts.user = emptyToNull(decode((colon >= 0) ? userInfo.substring(0, colon) : userInfo, "the user name"));
		if (colon >= 0) {
			parts.password = emptyToNull(decode(userInfo.substring(colon + 1), "the password"));
			parts.redactedUrl = UrlRedaction.redact(this.url, userInfoStart + colon + 1,
					userInfoStart + userInfo.length());
		}
	}

	private void readCredential(String name, QueryArgument argument) {
		String value = PercentEncoding.decode(argument.value(), true);
		if (value == null) {
			throw argument.isSecret() ? Problems.invalidSecretArgument(this.url, this.source, name)
					: Problems.badEncoding(this.url, this.source, "the value of the argument `" + name + "`");
		}
		switch (name.toLowerCase(Locale.ROOT)) {
			case "user" -> this.user = emptyToNull(value);
			case "password" -> this.password = emptyToNull(value);
			default -> this.sslPassword = value;
		}
	}

	private String database(String path) {
		// pgjdbc reads everything up to the query as the name; a "/" there is the same mistake
		// as in a Prisma URL, and without a name the server would pick the user's.
		String name = path.startsWith("/") ? path.substring(1) : path;
		if (name.endsWith("/")) {
			name = name.substring(0, name.length() - 1);
		}
		if (name.indexOf('/') >= 0) {
			throw Problems.databaseWithSlash(this.url, this.source, name);
		}
		return decode(name, "the database name");
	}

	private String decode(String text, String part) {
		String decoded = PercentEncoding.decode(text, true);
		if (decoded == null) {
			throw Problems.badEncoding(this.url, this.source, part);
		}
		return decoded;
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}
}
