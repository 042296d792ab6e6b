package dev.prismaspring.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh, uniquely named database on the test PostgreSQL server, created for one test class
 * (see {@link PostgresTest}) or on demand with {@link #create(String)}, and dropped afterwards.
 *
 * <p>The server is the one {@code PRISMA_TEST_DATABASE_URL} (or the system property
 * {@code prisma.test.database.url}) points at, in {@code postgresql://} or
 * {@code jdbc:postgresql://} form; without it an embedded PostgreSQL 17 is started once per JVM.
 *
 * <p>{@link #toString()} never shows the password; {@link #postgresUrl()} and
 * {@link #password()} do, so keep them out of log lines and messages.
 */
public final class TestDatabase implements AutoCloseable {

	private final PostgresServer server;

	private final ServerSettings settings;

	private TestDatabase(PostgresServer server, ServerSettings settings) {
		this.server = server;
		this.settings = settings;
	}

	/**
	 * Create a new empty database named {@code t_<label>_<random>} on the test server. Close it
	 * to drop it, e.g. with try-with-resources for a second database such as a shadow database.
	 * @param label a readable hint for the name, such as the test class's simple name
	 * @return the new database
	 */
	public static TestDatabase create(String label) {
		PostgresServer server = PostgresServer.get();
		return new TestDatabase(server, server.createDatabase(DatabaseNames.forLabel(label)));
	}

	/**
	 * Return the database's name.
	 * @return the name, {@code t_<label>_<random>}, lower case, at most 63 bytes
	 */
	public String name() {
		return this.settings.database();
	}

	/**
	 * Return a JDBC URL for this database. It carries no credentials: pass {@link #user()} and
	 * {@link #password()} to the driver, as Spring Boot's {@code spring.datasource.*} does.
	 * @return the URL, {@code jdbc:postgresql://host:port/name}
	 */
	public String jdbcUrl() {
		return this.settings.jdbcUrl();
	}

	/**
	 * Return this database's URL in the {@code postgresql://user:password@host:port/name} form
	 * that Prisma, {@code psql} and other Node tools take. It contains the password: never log it.
	 * @return the URL with credentials
	 */
	public String postgresUrl() {
		return this.settings.postgresUrl();
	}

	/**
	 * Return the server's host name.
	 * @return the host
	 */
	public String host() {
		return this.settings.host();
	}

	/**
	 * Return the server's port.
	 * @return the port
	 */
	public int port() {
		return this.settings.port();
	}

	/**
	 * Return the user name to log in with.
	 * @return the user
	 */
	public String user() {
		return this.settings.user();
	}

	/**
	 * Return the password to log in with.
	 * @return the password, or {@code null} when the server needs none (as the embedded one)
	 */
	public String password() {
		return this.settings.password();
	}

	/**
	 * Open a new connection to this database; the caller closes it.
	 * @return a new connection in auto-commit mode
	 * @throws SQLException if the server refuses it
	 */
	public Connection connection() throws SQLException {
		return PostgresServer.connect(this.settings);
	}

	/**
	 * Run SQL that returns nothing of interest; several statements separated by semicolons
	 * are allowed, as in a migration script.
	 * @param sql the SQL text
	 */
	public void execute(String sql) {
		try (Connection connection = connection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	/**
	 * Run one INSERT, UPDATE, DELETE or DDL statement with bound parameters.
	 * @param sql the statement, with {@code ?} placeholders
	 * @param args the values bound to the placeholders
	 * @return the number of rows affected
	 */
	public int update(String sql, Object... args) {
		try (Connection connection = connection(); PreparedStatement statement = prepare(connection, sql, args)) {
			return statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	/**
	 * Run a query that returns exactly one row and read its first column.
	 * @param <T> the value's type
	 * @param sql the query, with {@code ?} placeholders
	 * @param requiredType the type to read the value as, e.g. {@code Long.class} for a count
	 * @param args the values bound to the placeholders
	 * @return the value, possibly {@code null}
	 * @throws IllegalStateException if the query fails or returns no row or more than one
	 */
	public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
		List<T> values = queryForList(sql, requiredType, args);
		if (values.size() != 1) {
			throw new IllegalStateException("Expected one row from database " + name() + " but got " + values.size());
		}
		return values.get(0);
	}

	/**
	 * Run a query and read the first column of every row.
	 * @param <T> the values' type
	 * @param sql the query, with {@code ?} placeholders
	 * @param elementType the type to read each value as
	 * @param args the values bound to the placeholders
	 * @return the values in the order the query returns them
	 */
	public <T> List<T> queryForList(String sql, Class<T> elementType, Object... args) {
		try (Connection connection = connection();
				PreparedStatement statement = prepare(connection, sql, args);
				ResultSet result = statement.executeQuery()) {
			List<T> values = new ArrayList<>();
			while (result.next()) {
				values.add(result.getObject(1, elementType));
			}
			return values;
		}
		catch (SQLException ex) {
			throw failure(ex);
		}
	}

	/**
	 * Tell whether this database still exists on the server.
	 * @return {@code false} once it has been dropped
	 */
	public boolean exists() {
		return this.server.databaseExists(name());
	}

	/**
	 * Drop this database, ending any connection still open to it. Dropping twice is harmless.
	 */
	@Override
	public void close() {
		this.server.dropDatabase(name());
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object[] args) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < args.length; i++) {
			statement.setObject(i + 1, args[i]);
		}
		return statement;
	}

	// The SQL text stays out of the message: a test may put a password into it.
	private IllegalStateException failure(SQLException ex) {
		return new IllegalStateException("SQL failed on test database " + name() + ": " + ex.getMessage(), ex);
	}

	@Override
	public String toString() {
		return "TestDatabase[" + this.settings.redactedUrl() + "]";
	}

}
