package dev.prismaspring.schema.url;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code postgresql://} and {@code postgres://} URLs as Prisma does and writes the JDBC URL
 * that connects to the same place.
 */
final class PrismaUrlParser {

	private static final String DEFAULT_DATABASE = "postgres";

	private final String url;

	private final String source;

	private final boolean strict;

	private PrismaUrlParser(String url, String source, boolean strict) {
		this.url = url;
		this.source = source;
		this.strict = strict;
	}

	/**
	 * @param url the whole URL
	 * @param restStart where the text after {@code ://} starts
	 */
	static ConnectionParts parse(String url, int restStart, String source, boolean strict) {
		return new PrismaUrlParser(url, source, strict).parse(restStart);
	}

	// url = scheme "://" [user [":" password] "@"] host [":" port] ["/" database] ["?" arguments]
	private ConnectionParts parse(int restStart) {
		String rest = this.url.substring(restStart);
		int fragment = rest.indexOf('#');
		if (fragment >= 0) {
			throw (rest.indexOf('@', fragment) >= 0) ? Problems.unencodedUserInfo(this.url, this.source)
					: Problems.fragment(this.url, this.source);
		}
		int authorityEnd = authorityEnd(rest);
		String authority = rest.substring(0, authorityEnd);
		String tail = rest.substring(authorityEnd);
		int queryStart = tail.indexOf('?');
		String path = (queryStart >= 0) ? tail.substring(0, queryStart) : tail;
		List<QueryArgument> query = QueryArgument.split((queryStart >= 0) ? tail.substring(queryStart + 1) : "");
		rejectMisplacedUserInfo(this.url, this.source, path, query);

		int at = authority.lastIndexOf('@');
		HostAndPort address = HostAndPort.parse(authority.substring(at + 1), this.url, this.source);
		String database = database(path, this.url, this.source);
		PrismaArguments arguments = PrismaArguments.read(decode(query), this.url, this.source, this.strict);

		ConnectionParts parts = new ConnectionParts();
		parts.redactedUrl = UrlRedaction.redactSecretArguments(this.url);
		if (at >= 0) {
			String userInfo = authority.substring(0, at);
			int colon = userInfo.indexOf(':');
			parts.user = decodeUserInfo((colon >= 0) ? userInfo.substring(0, colon) : userInfo, "the user name");
			if (colon >= 0) {
				parts.password = decodeUserInfo(userInfo.substring(colon + 1), "the password");
				parts.redactedUrl = UrlRedaction.redact(this.url, restStart + colon + 1, restStart + at);
			}
		}
		parts.user = emptyToNull((parts.user != null && !parts.user.isEmpty()) ? parts.user : arguments.user());
		parts.password = emptyToNull((parts.password != null && !parts.password.isEmpty()) ? parts.password
				: arguments.password());
		parts.sslPassword = arguments.sslPassword();
		parts.port = address.port();
		parts.unixSocket = arguments.unixSocket();
		String hostForUrl;
		if (arguments.host() == null) {
			parts.host = address.host();
			hostForUrl = address.hostForUrl();
		}
		else {
			parts.host = arguments.host();
			// The socket directory travels in socketFactoryArg; the URL still needs some host.
			hostForUrl = parts.unixSocket ? HostAndPort.DEFAULT_HOST
					: (parts.host.indexOf(':') >= 0) ? "[" + parts.host + "]" : parts.host;
		}
		parts.database = database;
		parts.schema = arguments.schema();
		parts.driverProperties = arguments.driverProperties(parts.port);
		parts.poolHints = arguments.poolHints();
		parts.jdbcUrl = "jdbc:postgresql://" + hostForUrl + ":" + parts.port + "/" + PercentEncoding.encode(database)
				+ query(parts.driverProperties);
		return parts;
	}

	static int authorityEnd(String rest) {
		for (int i = 0; i < rest.length(); i++) {
			char c = rest.charAt(i);
			if (c == '/' || c == '?') {
				return i;
			}
		}
		return rest.length();
	}

	/**
	 * An {@code @} after the host is where a password with an unencoded {@code /} or {@code ?}
	 * really ended; reading on would show parts of it as host, port or database.
	 */
	static void rejectMisplacedUserInfo(String url, String source, String path, List<QueryArgument> query) {
		if (path.indexOf('@') >= 0 || query.stream().anyMatch(QueryArgument::looksLikeUserInfo)) {
			throw Problems.unencodedUserInfo(url, source);
		}
	}

	/**
	 * @return the database named by the path; Prisma's engine uses {@code postgres} when there is
	 * none, where pgjdbc would use the user's name
	 */
	static String database(String path, String url, String source) {
		String name = path.startsWith("/") ? path.substring(1) : path;
		if (name.endsWith("/")) {
			name = name.substring(0, name.length() - 1);
		}
		if (name.isEmpty()) {
			return DEFAULT_DATABASE;
		}
		if (name.indexOf('/') >= 0) {
			throw Problems.databaseWithSlash(url, source, name);
		}
		String decoded = PercentEncoding.decode(name, false);
		if (decoded == null) {
			throw Problems.badEncoding(url, source, "the database name");
		}
		return decoded;
	}

	private Map<String, String> decode(List<QueryArgument> query) {
		Map<String, String> decoded = new LinkedHashMap<>();
		for (QueryArgument argument : query) {
			String name = PercentEncoding.decode(argument.name(), true);
			if (name == null) {
				throw Problems.badEncoding(this.url, this.source, "the argument name `" + argument.name() + "`");
			}
			String value = PercentEncoding.decode(argument.value(), true);
			if (value == null) {
				throw argument.isSecret() ? Problems.invalidSecretArgument(this.url, this.source, name)
						: Problems.badEncoding(this.url, this.source, "the value of the argument `" + name + "`");
			}
			decoded.put(name, value);
		}
		return decoded;
	}

	private String decodeUserInfo(String text, String part) {
		String decoded = PercentEncoding.decode(text, false);
		if (decoded == null) {
			throw Problems.badEncoding(this.url, this.source, part);
		}
		return decoded;
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static String query(Map<String, String> properties) {
		if (properties.isEmpty()) {
			return "";
		}
		return properties.entrySet()
			.stream()
			.map((entry) -> PercentEncoding.encode(entry.getKey()) + "=" + PercentEncoding.encode(entry.getValue()))
			.collect(Collectors.joining("&", "?", ""));
	}
}
