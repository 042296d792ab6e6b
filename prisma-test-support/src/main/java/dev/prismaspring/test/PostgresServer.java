package dev.prismaspring.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server of this test JVM: the one {@value #URL_VARIABLE} names, or else an
 * embedded one started on first use. Test databases are created and dropped through its admin
 * database.
 */
final class PostgresServer {

	static final String URL_VARIABLE = "PRISMA_TEST_DATABASE_URL";

	static final String URL_PROPERTY = "prisma.test.database.url";

	private static final Object lock = new Object();

	private static PostgresServer instance;

	// A server that failed to start fails every later test class at once instead of retrying for minutes.
	private static RuntimeException startFailure;

	private final ServerSettings admin;

	private final String origin;

	private PostgresServer(ServerSettings admin, String origin) {
		this.admin = admin;
		this.origin = origin;
	}

	static PostgresServer get() {
		synchronized (lock) {
			if (instance == null) {
				if (startFailure != null) {
					throw startFailure;
				}
				try {
					instance = connect();
				}
				catch (RuntimeException ex) {
					startFailure = ex;
					throw ex;
				}
			}
			return instance;
		}
	}

	private static PostgresServer connect() {
		String url = configuredUrl();
		PostgresServer server;
		if (url != null) {
			String origin = (nonEmpty(System.getProperty(URL_PROPERTY)) != null) ? URL_PROPERTY : URL_VARIABLE;
			server = new PostgresServer(ServerSettings.parse(url), origin);
		}
		else {
			server = new PostgresServer(EmbeddedPostgresLauncher.start(), "embedded PostgreSQL");
		}
		server.verify();
		return server;
	}

	/** @return the password of the server {@link #configuredUrl()} names, or {@code null} */
	static String configuredPassword() {
		String url = configuredUrl();
		if (url == null) {
			return null;
		}
		try {
			return ServerSettings.parse(url).password();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	static String configuredUrl() {
		String property = nonEmpty(System.getProperty(URL_PROPERTY));
		return (property != null) ? property : nonEmpty(System.getenv(URL_VARIABLE));
	}

	private static String nonEmpty(String value) {
		return (value != null && !value.isBlank()) ? value.trim() : null;
	}

	private void verify() {
		try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
			statement.execute("select 1");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot connect to the test PostgreSQL " + this.admin.redactedUrl() + " (from "
					+ this.origin + "): " + ex.getMessage(), ex);
		}
	}

	ServerSettings admin() {
		return this.admin;
	}

	Connection adminConnection() throws SQLException {
		return connect(this.admin);
	}

	static Connection connect(ServerSettings settings) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", settings.user());
		if (settings.password() != null) {
			properties.setProperty("password", settings.password());
		}
		return DriverManager.getConnection(settings.jdbcUrl(), properties);
	}

	ServerSettings createDatabase(String name) {
		// template0 cannot be connected to, so a session left open on template1 (a psql, another
		// test) cannot make CREATE DATABASE fail; it also keeps objects added to template1 out.
		execute("create database " + DatabaseNames.quote(name) + " template template0 encoding 'UTF8'",
				" The user needs the CREATEDB privilege.");
		return this.admin.withDatabase(name);
	}

	void dropDatabase(String name) {
		// FORCE ends connections a test forgot to close (PostgreSQL 13 and later).
		execute("drop database if exists " + DatabaseNames.quote(name) + " with (force)", "");
	}

	boolean databaseExists(String name) {
		try (Connection connection = adminConnection();
				PreparedStatement statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			statement.setString(1, name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not look up database " + name + " on " + this.admin.redactedUrl()
					+ ": " + ex.getMessage(), ex);
		}
	}

	private void execute(String sql, String hint) {
		try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("'" + sql + "' failed on " + this.admin.redactedUrl() + " (from " + this.origin
					+ "): " + ex.getMessage() + hint, ex);
		}
	}

	@Override
	public String toString() {
		return this.admin.redactedUrl() + " (" + this.origin + ")";
	}

}
