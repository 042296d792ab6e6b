package dev.prismaspring.schema.url;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query arguments of a Prisma PostgreSQL URL, checked and translated into what the PostgreSQL
 * JDBC driver (pgjdbc) and a connection pool understand.
 */
final class PrismaArguments {

	static final String DEFAULT_SCHEMA = "public";

	// Prisma's connect_timeout default; pgjdbc's own default (10 s) would make start-up failures slower.
	private static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

	// junixsocket's factory: pgjdbc has no Unix socket support of its own.
	static final String UNIX_SOCKET_FACTORY = "org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg";

	private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
			"verify-full");

	// Modes in which pgjdbc uses TLS without checking the certificate.
	private static final Set<String> UNVERIFIED_SSL_MODES = Set.of("allow", "prefer", "require");

	static final Set<String> KNOWN_NAMES = new TreeSet<>(List.of("schema", "sslmode", "sslcert", "sslrootcert",
			"sslidentity", "sslpassword", "sslaccept", "host", "connect_timeout", "socket_timeout", "pool_timeout",
			"connection_limit", "pgbouncer", "statement_cache_size", "application_name", "channel_binding", "options",
			"max_connection_lifetime", "max_idle_connection_lifetime", "single_use_connections", "user",
			"password"));

	private final String url;

	private final String source;

	private final Map<String, String> passThrough = new LinkedHashMap<>();

	private String schema;

	private String sslMode = "prefer";

	private boolean strictCertificates;

	private String rootCertificate;

	private String identity;

	private String sslPassword;

	private String host;

	private String user;

	private String password;

	private int connectTimeout = DEFAULT_CONNECT_TIMEOUT_SECONDS;

	private Integer socketTimeout;

	private Integer statementCacheSize;

	private String applicationName;

	private String channelBinding;

	private String options;

	private OptionalInt connectionLimit = OptionalInt.empty();

	private Duration poolTimeout = PostgresConnection.PoolHints.DEFAULTS.poolTimeout();

	private boolean pgBouncer;

	private Duration maxConnectionLifetime = PostgresConnection.PoolHints.DEFAULTS.maxConnectionLifetime();

	private Duration maxIdleConnectionLifetime = PostgresConnection.PoolHints.DEFAULTS.maxIdleConnectionLifetime();

	private PrismaArguments(String url, String source) {
		this.url = url;
		this.source = source;
	}

	/**
	 * @param arguments decoded arguments in URL order; a repeated name keeps its last value
	 * @param strict whether an argument Prisma does not know is an error instead of a pgjdbc property
	 */
	static PrismaArguments read(Map<String, String> arguments, String url, String source, boolean strict) {
		PrismaArguments read = new PrismaArguments(url, source);
		arguments.forEach((name, value) -> read.accept(name, value, strict));
		return read;
	}

	private void accept(String name, String value, boolean strict) {
		// Secrets in any spelling are taken here, so none can slip through to the JDBC URL.
		boolean secret = name.equalsIgnoreCase("password") || name.equalsIgnoreCase("sslpassword");
		switch (secret ? name.toLowerCase(Locale.ROOT) : name) {
			case "schema" -> this.schema = nonEmpty(name, value, "a schema name, e.g. `public`");
			case "sslmode" -> this.sslMode = oneOf(name, value, SSL_MODES);
			case "sslaccept" -> this.strictCertificates = "strict"
				.equals(oneOf(name, value, Set.of("strict", "accept_invalid_certs")));
			// Prisma's sslcert is the server's CA certificate, which pgjdbc calls sslrootcert;
			// pgjdbc's own sslcert is the client certificate.
			case "sslcert", "sslrootcert" -> this.rootCertificate = nonEmpty(name, value, "a certificate file");
			case "sslidentity" -> this.identity = nonEmpty(name, value, "a PKCS#12 file, e.g. `client-identity.p12`");
			case "sslpassword" -> this.sslPassword = value;
			case "host" -> this.host = nonEmpty(name, value, "a host name or a socket directory, e.g. `/var/run/postgresql`");
			case "user" -> this.user = value;
			case "password" -> this.password = value;
			case "connect_timeout" -> this.connectTimeout = seconds(name, value);
			case "socket_timeout" -> this.socketTimeout = seconds(name, value);
			case "pool_timeout" -> this.poolTimeout = Duration.ofSeconds(seconds(name, value));
			case "max_connection_lifetime" -> this.maxConnectionLifetime = Duration.ofSeconds(seconds(name, value));
			case "max_idle_connection_lifetime" -> this.maxIdleConnectionLifetime = Duration
				.ofSeconds(seconds(name, value));
			case "connection_limit" -> this.connectionLimit = OptionalInt.of(connectionLimit(name, value));
			case "statement_cache_size" -> this.statementCacheSize = wholeNumber(name, value,
					"a whole number of statements, e.g. `100`, or `0` to cache none");
			case "pgbouncer" -> this.pgBouncer = "true".equals(oneOf(name, value, Set.of("true", "false")));
			case "application_name" -> this.applicationName = value;
			case "channel_binding" -> this.channelBinding = oneOf(name, value, Set.of("disable", "prefer", "require"));
			case "options" -> this.options = value;
			case "single_use_connections" -> {
				// Prisma's own engine reads it; there is nothing for pgjdbc or a pool to do with it.
			}
			default -> {
				if (strict) {
					throw Problems.unknownArgument(this.url, this.source, name);
				}
				this.passThrough.put(name, value);
			}
		}
	}

	String schema() {
		if (this.schema != null) {
			return this.schema;
		}
		return this.passThrough.getOrDefault("currentSchema", DEFAULT_SCHEMA);
	}

	/** @return the {@code host} argument: a host name, or a socket directory when it starts with {@code /} */
	String host() {
		return this.host;
	}

	boolean unixSocket() {
		return this.host != null && this.host.startsWith("/");
	}

	String user() {
		return this.user;
	}

	String password() {
		return this.password;
	}

	String sslPassword() {
		return this.sslPassword;
	}

	PostgresConnection.PoolHints poolHints() {
		return new PostgresConnection.PoolHints(this.connectionLimit, this.poolTimeout, this.pgBouncer,
				this.maxConnectionLifetime, this.maxIdleConnectionLifetime);
	}

	/**
	 * @param port the server's port, which names the socket file in a socket directory
	 * @return pgjdbc properties, Prisma's arguments first, then the passed-through ones they do not
	 * already set; never a user, password or {@code sslpassword}
	 */
	Map<String, String> driverProperties(int port) {
		Map<String, String> properties = new LinkedHashMap<>();
		// PgBouncer refuses a search_path startup parameter; generated SQL names the schema instead.
		if (!this.pgBouncer) {
			properties.put("currentSchema", schema());
		}
		properties.put("sslmode", effectiveSslMode());
		putIfSet(properties, "sslrootcert", this.rootCertificate);
		putIfSet(properties, "sslkey", this.identity);
		properties.put("connectTimeout", String.valueOf(this.connectTimeout));
		putIfSet(properties, "socketTimeout", this.socketTimeout);
		putIfSet(properties, "ApplicationName", this.applicationName);
		putIfSet(properties, "options", this.options);
		putIfSet(properties, "channelBinding", this.channelBinding);
		if (this.pgBouncer) {
			// Transaction pooling cannot keep named prepared statements; 0 makes pgjdbc never create them.
			properties.put("prepareThreshold", "0");
		}
		putIfSet(properties, "preparedStatementCacheQueries", this.statementCacheSize);
		if (unixSocket()) {
			properties.put("socketFactory", UNIX_SOCKET_FACTORY);
			String directory = this.host.endsWith("/") ? this.host : this.host + "/";
			properties.put("socketFactoryArg", directory + ".s.PGSQL." + port);
		}
		this.passThrough.forEach(properties::putIfAbsent);
		return properties;
	}

	// sslaccept=strict asks for a checked certificate and host name; pgjdbc checks both only in
	// verify-full, which also means TLS is required: there is no "prefer, but verify" in pgjdbc.
	private String effectiveSslMode() {
		// PostgreSQL never speaks TLS on a Unix socket; asking for it would only fail the connection.
		if (unixSocket()) {
			return "disable";
		}
		if (this.strictCertificates && UNVERIFIED_SSL_MODES.contains(this.sslMode)) {
			return "verify-full";
		}
		return this.sslMode;
	}

	private static void putIfSet(Map<String, String> properties, String name, Object value) {
		if (value != null) {
			properties.put(name, value.toString());
		}
	}

	private String nonEmpty(String name, String value, String expected) {
		if (value.isEmpty()) {
			throw Problems.invalidArgument(this.url, this.source, name, value, expected);
		}
		return value;
	}

	private String oneOf(String name, String value, Set<String> allowed) {
		if (!allowed.contains(value)) {
			throw Problems.invalidArgument(this.url, this.source, name, value,
					"one of " + String.join(", ", new TreeSet<>(allowed)));
		}
		return value;
	}

	private int seconds(String name, String value) {
		return wholeNumber(name, value, "a whole number of seconds, e.g. `10`, or `0` for no timeout");
	}

	private int connectionLimit(String name, String value) {
		int limit = wholeNumber(name, value, "a whole number of connections from 1 up, e.g. `10`");
		if (limit < 1) {
			throw Problems.invalidArgument(this.url, this.source, name, value,
					"a whole number of connections from 1 up, e.g. `10`");
		}
		return limit;
	}

	private int wholeNumber(String name, String value, String expected) {
		if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw Problems.invalidArgument(this.url, this.source, name, value, expected);
		}
		return Integer.parseInt(value);
	}
}
