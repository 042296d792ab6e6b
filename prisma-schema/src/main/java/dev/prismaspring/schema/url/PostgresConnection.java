package dev.prismaspring.schema.url;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Where and how to connect to a PostgreSQL database, read from a connection URL as Prisma writes
 * it and turned into what the PostgreSQL JDBC driver (pgjdbc) and a connection pool need.
 *
 * <h2>Accepted URLs</h2>
 * <ul>
 * <li>{@code postgresql://} and {@code postgres://}, Prisma's format:
 * {@code postgresql://USER:PASSWORD@HOST:PORT/DATABASE?schema=SCHEMA&...}. User, password,
 * database and arguments are percent-decoded ({@code p%40ss} is {@code p@ss}); in arguments a
 * {@code +} is a space. The host defaults to {@code localhost} and may be an IPv6 address in
 * brackets ({@code [::1]}); the port defaults to 5432; without a database Prisma's engine
 * connects to {@code postgres}, and so does this class. A {@code host=/path} argument names the
 * directory of a Unix socket, as in Prisma.</li>
 * <li>{@code jdbc:postgresql:} URLs, kept as written: only a user, password or
 * {@code sslpassword} is taken out of them. Their arguments are pgjdbc's, so strict parsing does
 * not apply to them; their schema is {@code currentSchema} (default {@code public}), their pool
 * hints are the defaults, and a missing database stays empty (the server then uses the user's
 * name).</li>
 * </ul>
 *
 * <h2>Prisma's arguments and pgjdbc</h2>
 * <table>
 * <caption>What each Prisma argument becomes</caption>
 * <tr><th>Prisma</th><th>here</th></tr>
 * <tr><td>{@code schema} (default {@code public})</td><td>{@link #schema()} and pgjdbc's
 * {@code currentSchema}, except with {@code pgbouncer=true}: PgBouncer refuses a
 * {@code search_path} at connection start, so the schema must be named in SQL</td></tr>
 * <tr><td>{@code sslmode} ({@code disable}, {@code prefer} (default), {@code require}; pgjdbc's
 * {@code allow}, {@code verify-ca}, {@code verify-full} are accepted too)</td><td>{@code sslmode};
 * with {@code sslaccept=strict}, {@code allow}, {@code prefer} and {@code require} become
 * {@code verify-full}, the only pgjdbc mode that checks certificate and host name (it also requires
 * TLS)</td></tr>
 * <tr><td>{@code sslaccept} ({@code accept_invalid_certs} (default), {@code strict})</td><td>see
 * {@code sslmode}</td></tr>
 * <tr><td>{@code sslcert}, {@code sslrootcert} (the server's CA certificate)</td><td>{@code sslrootcert}
 * (pgjdbc's {@code sslcert} is the client certificate, a different thing)</td></tr>
 * <tr><td>{@code sslidentity} (PKCS#12 file)</td><td>{@code sslkey}, which pgjdbc reads as PKCS#12
 * when the file ends in {@code .p12} or {@code .pfx}</td></tr>
 * <tr><td>{@code sslpassword}</td><td>{@link #sslPassword()} only; pass it as pgjdbc's
 * {@code sslpassword}</td></tr>
 * <tr><td>{@code connect_timeout} (seconds, default 5, 0 for none)</td><td>{@code connectTimeout}</td></tr>
 * <tr><td>{@code socket_timeout} (seconds)</td><td>{@code socketTimeout}</td></tr>
 * <tr><td>{@code application_name}</td><td>{@code ApplicationName}</td></tr>
 * <tr><td>{@code options}</td><td>{@code options}</td></tr>
 * <tr><td>{@code channel_binding}</td><td>{@code channelBinding}</td></tr>
 * <tr><td>{@code statement_cache_size}</td><td>{@code preparedStatementCacheQueries}</td></tr>
 * <tr><td>{@code pgbouncer=true}</td><td>{@code prepareThreshold=0} (no named prepared statements)
 * and {@link PoolHints#pgBouncer()}</td></tr>
 * <tr><td>{@code host=/dir}</td><td>{@code socketFactory} and {@code socketFactoryArg} for
 * junixsocket, which must then be on the class path, and {@code sslmode=disable}, since PostgreSQL
 * has no TLS on Unix sockets</td></tr>
 * <tr><td>{@code connection_limit}, {@code pool_timeout}, {@code max_connection_lifetime},
 * {@code max_idle_connection_lifetime}</td><td>{@link #poolHints()}</td></tr>
 * <tr><td>{@code user}, {@code password}</td><td>{@link #user()} and {@link #password()} when the
 * URL has no user info</td></tr>
 * <tr><td>{@code single_use_connections}</td><td>accepted and ignored</td></tr>
 * </table>
 * Certificate paths are kept as written; Prisma resolves relative ones against the schema's
 * folder, which is for the caller to do.
 *
 * <h2>Invalid and unknown arguments</h2>
 * Where Prisma quietly falls back for a value it does not know (e.g. {@code sslmode=requir}),
 * this class refuses it, because a misspelt TLS setting must not silently connect with less
 * protection. An argument Prisma does not know is, by {@link #parse(String, String)}, passed on
 * unchanged as a pgjdbc property (e.g. {@code tcpKeepAlive=true}; pgjdbc ignores names it does not
 * know), and Prisma's arguments win where both set the same property. {@link #parseStrict(String,
 * String)} refuses it instead, naming the argument.
 *
 * <h2>Secrets</h2>
 * {@link #jdbcUrl()}, {@link #driverProperties()}, {@link #toString()} and every error message are
 * free of the password and the {@code sslpassword}: {@code toString()} shows the URL with them
 * replaced by {@code ****}.
 */
public final class PostgresConnection {

	private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

	private final String redactedUrl;

	private final String jdbcUrl;

	private final String user;

	private final char[] password;

	private final char[] sslPassword;

	private final String host;

	private final int port;

	private final String database;

	private final String schema;

	private final boolean unixSocket;

	private final Map<String, String> driverProperties;

	private final PoolHints poolHints;

	private PostgresConnection(ConnectionParts parts) {
		this.redactedUrl = parts.redactedUrl;
		this.jdbcUrl = parts.jdbcUrl;
		this.user = parts.user;
		this.password = (parts.password != null) ? parts.password.toCharArray() : null;
		this.sslPassword = (parts.sslPassword != null) ? parts.sslPassword.toCharArray() : null;
		this.host = parts.host;
		this.port = parts.port;
		this.database = parts.database;
		this.schema = parts.schema;
		this.unixSocket = parts.unixSocket;
		this.driverProperties = Collections.unmodifiableMap(new LinkedHashMap<>(parts.driverProperties));
		this.poolHints = parts.poolHints;
	}

	/**
	 * Reads a connection URL, passing arguments Prisma does not know on to pgjdbc.
	 * @param url a {@code postgresql://}, {@code postgres://} or {@code jdbc:postgresql:} URL;
	 * surrounding white space is ignored
	 * @param source where the URL came from, shown in errors, e.g. {@code datasource db, url} or
	 * {@code env("DATABASE_URL") in datasource db, url}
	 * @return the connection
	 * @throws ConnectionUrlException with code {@code P1013} when the URL cannot be used
	 */
	public static PostgresConnection parse(String url, String source) {
		return parse(url, source, false);
	}

	/**
	 * Reads a connection URL like {@link #parse(String, String)}, but refuses arguments Prisma does
	 * not know, which catches misspellings such as {@code shema=app}.
	 * @param url a {@code postgresql://}, {@code postgres://} or {@code jdbc:postgresql:} URL
	 * @param source where the URL came from, shown in errors, e.g. {@code datasource db, url}
	 * @return the connection
	 * @throws ConnectionUrlException with code {@code P1013} when the URL cannot be used or has
	 * an argument Prisma does not know
	 */
	public static PostgresConnection parseStrict(String url, String source) {
		return parse(url, source, true);
	}

	private static PostgresConnection parse(String url, String source, boolean strict) {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(source, "source");
		String text = url.strip();
		if (text.isEmpty()) {
			throw Problems.empty(source);
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith(JdbcUrlParser.PREFIX)) {
			return new PostgresConnection(JdbcUrlParser.parse(text, source));
		}
		for (String scheme : new String[] { "postgresql", "postgres" }) {
			if (lower.startsWith(scheme + "://")) {
				return new PostgresConnection(PrismaUrlParser.parse(text, scheme.length() + 3, source, strict));
			}
			if (lower.startsWith(scheme + ":")) {
				throw Problems.notPostgres(text, source, "it starts with `" + scheme + ":` without `//`");
			}
		}
		throw Problems.notPostgres(text, source, describeScheme(text));
	}

	private static String describeScheme(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:")) {
			int colon = text.indexOf(':', 5);
			return "it starts with `" + ((colon > 5) ? text.substring(0, colon + 1) : "jdbc:") + "`";
		}
		int separator = text.indexOf("://");
		if (separator > 0 && SCHEME.matcher(text.substring(0, separator)).matches()) {
			return "it starts with `" + text.substring(0, separator + 3) + "`";
		}
		return "it has no scheme such as `postgresql://`";
	}

	/**
	 * The same server, credentials and arguments with another database, e.g. for a temporary
	 * shadow database created beside this one.
	 * @param name the other database's name
	 * @return the connection to it
	 */
	public PostgresConnection withDatabase(String name) {
		ConnectionParts parts = new ConnectionParts();
		parts.redactedUrl = replaceDatabase(this.redactedUrl, name);
		parts.jdbcUrl = replaceDatabase(this.jdbcUrl, name);
		parts.user = this.user;
		parts.password = (this.password != null) ? new String(this.password) : null;
		parts.sslPassword = (this.sslPassword != null) ? new String(this.sslPassword) : null;
		parts.host = this.host;
		parts.port = this.port;
		parts.database = name;
		parts.schema = this.schema;
		parts.unixSocket = this.unixSocket;
		parts.driverProperties = this.driverProperties;
		parts.poolHints = this.poolHints;
		return new PostgresConnection(parts);
	}

	private static String replaceDatabase(String url, String name) {
		int authority = url.indexOf("//");
		int pathStart = (authority >= 0) ? url.indexOf('/', authority + 2) : url.indexOf(':', "jdbc:".length());
		int query = url.indexOf('?');
		int end = (query >= 0) ? query : url.length();
		if (pathStart < 0 || pathStart > end) {
			return url.substring(0, end) + "/" + PercentEncoding.encode(name) + url.substring(end);
		}
		return url.substring(0, pathStart + 1) + PercentEncoding.encode(name) + url.substring(end);
	}

	/**
	 * The URL for pgjdbc, without user, password or {@code sslpassword}: pass {@link #user()} and
	 * {@link #password()} alongside it. For a Prisma URL it holds the {@link #driverProperties()}
	 * as arguments, so it works on its own, e.g. as {@code spring.datasource.url}; a
	 * {@code jdbc:postgresql:} URL comes back as written, less its credentials.
	 * @return the JDBC URL
	 */
	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * @return the percent-decoded user name, if the URL has one
	 */
	public Optional<String> user() {
		return Optional.ofNullable(this.user);
	}

	/**
	 * @return a fresh copy of the percent-decoded password, if the URL has one; the caller may
	 * clear it after use
	 */
	public Optional<char[]> password() {
		return Optional.ofNullable(this.password).map(char[]::clone);
	}

	/**
	 * @return a fresh copy of the password of the {@code sslidentity} file, if the URL has one;
	 * pgjdbc takes it as its {@code sslpassword} property
	 */
	public Optional<char[]> sslPassword() {
		return Optional.ofNullable(this.sslPassword).map(char[]::clone);
	}

	/**
	 * @return the host name or address (IPv6 without brackets), or the socket directory when
	 * {@link #isUnixSocket()}; the first host of a {@code jdbc:postgresql:} URL that names several
	 */
	public String host() {
		return this.host;
	}

	/**
	 * @return the port, 5432 unless the URL says otherwise
	 */
	public int port() {
		return this.port;
	}

	/**
	 * @return the percent-decoded database name
	 */
	public String database() {
		return this.database;
	}

	/**
	 * @return the PostgreSQL schema Prisma works in: the {@code schema} argument, else
	 * {@code currentSchema}, else {@code public}
	 */
	public String schema() {
		return this.schema;
	}

	/**
	 * @return whether the connection goes through a Unix socket in the directory {@link #host()}
	 */
	public boolean isUnixSocket() {
		return this.unixSocket;
	}

	/**
	 * The pgjdbc connection properties, without user, password or {@code sslpassword}: Prisma's
	 * arguments translated (see the class description), then passed-through ones.
	 * @return an unmodifiable map in a stable order
	 */
	public Map<String, String> driverProperties() {
		return this.driverProperties;
	}

	/**
	 * @return Prisma's connection pool arguments, for whoever builds the pool
	 */
	public PoolHints poolHints() {
		return this.poolHints;
	}

	/**
	 * @return the URL as given, with the password and {@code sslpassword} replaced by {@code ****}
	 */
	@Override
	public String toString() {
		return this.redactedUrl;
	}

	/**
	 * Prisma's arguments for its connection pool, which pgjdbc does not read. A zero duration means
	 * no limit, as {@code 0} does in Prisma's arguments.
	 *
	 * @param connectionLimit {@code connection_limit}: the largest number of open connections;
	 * empty means the pool's default (Prisma's is twice the CPU count plus one)
	 * @param poolTimeout {@code pool_timeout}: how long to wait for a free connection (default 10 s)
	 * @param pgBouncer {@code pgbouncer}: whether a PgBouncer in transaction mode sits in between
	 * @param maxConnectionLifetime {@code max_connection_lifetime}: how long a connection may live
	 * (default no limit)
	 * @param maxIdleConnectionLifetime {@code max_idle_connection_lifetime}: how long an unused
	 * connection may stay open (default 300 s)
	 */
	public record PoolHints(OptionalInt connectionLimit, Duration poolTimeout, boolean pgBouncer,
			Duration maxConnectionLifetime, Duration maxIdleConnectionLifetime) {

		/** The hints of a URL without pool arguments. */
		public static final PoolHints DEFAULTS = new PoolHints(OptionalInt.empty(), Duration.ofSeconds(10), false,
				Duration.ZERO, Duration.ofSeconds(300));

		public PoolHints {
			Objects.requireNonNull(connectionLimit, "connectionLimit");
			Objects.requireNonNull(poolTimeout, "poolTimeout");
			Objects.requireNonNull(maxConnectionLifetime, "maxConnectionLifetime");
			Objects.requireNonNull(maxIdleConnectionLifetime, "maxIdleConnectionLifetime");
		}
	}
}
