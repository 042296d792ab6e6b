package dev.prismaspring.migrate.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Opens connections for the migration commands. Failures become {@link PrismaException}s with
 * Prisma's codes: {@code P1000} when the server refuses the credentials, {@code P1003} when the
 * database does not exist, {@code P1001} when the server cannot be reached. Messages name the
 * server and database, never the password.
 */
public final class DatabaseConnections {

	private DatabaseConnections() {
	}

	/**
	 * @param connection a parsed connection URL
	 * @return an open connection; the caller closes it
	 */
	public static Connection open(PostgresConnection connection) {
		Properties properties = new Properties();
		properties.putAll(connection.driverProperties());
		connection.user().ifPresent((user) -> properties.setProperty("user", user));
		connection.password().ifPresent((password) -> properties.setProperty("password", new String(password)));
		try {
			return DriverManager.getConnection(connection.jdbcUrl(), properties);
		}
		catch (SQLException ex) {
			throw failure(connection, ex);
		}
	}

	/**
	 * The one way the migration commands report a database error that is not about connecting.
	 *
	 * @param connection the database
	 * @param action what was being done, e.g. {@code read the migration history}
	 * @param ex the database's error
	 * @return as {@link #failure(MigrationDatabase, String, SQLException)}
	 */
	public static PrismaException failure(PostgresConnection connection, String action, SQLException ex) {
		return failure(MigrationDatabase.of(connection), action, ex);
	}

	/**
	 * The one way the migration commands report a database error that is not about connecting.
	 *
	 * @param database the database
	 * @param action what was being done, e.g. {@code read the migration history}
	 * @param ex the database's error
	 * @return {@code P1017} when the connection was lost, {@code PSB2015} when the user lacks a
	 * privilege, {@code PSB2014} otherwise; with the database's message and what to do
	 */
	public static PrismaException failure(MigrationDatabase database, String action, SQLException ex) {
		String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
		String where = "database `" + database.name() + "` at `" + database.address() + "`";
		String error = database.redact(ex.getMessage()) + " (SQLSTATE " + state + ")";
		if (state.startsWith("08") || state.equals("57P01")) {
			return new PrismaException("P1017", "The connection to " + where + " was lost while trying to " + action + ": "
					+ error + ". Run the command again; applied migrations are not repeated.", ex);
		}
		if (state.equals("42501")) {
			return new PrismaException("PSB2015", "The user `" + database.user() + "` may not " + action + " on " + where
					+ ": " + error + ". Grant the privilege, or use a user that owns the schema.", ex);
		}
		return new PrismaException("PSB2014", "Could not " + action + " on " + where + ": " + error + ".", ex);
	}

	private static PrismaException failure(PostgresConnection connection, SQLException ex) {
		String where = "database `" + connection.database() + "` at `" + connection.host() + ":" + connection.port()
				+ "`";
		String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
		if (state.equals("28P01") || state.equals("28000")) {
			return new PrismaException("P1000", "Authentication failed against " + where
					+ ": the credentials for `" + connection.user().orElse("") + "` are not valid. Check the user and"
					+ " password in the connection URL.", ex);
		}
		if (state.equals("3D000")) {
			return new PrismaException("P1003", "Database `" + connection.database() + "` does not exist on the server at `"
					+ connection.host() + ":" + connection.port() + "`. Create it, or fix the database name in the URL.", ex);
		}
		return new PrismaException("P1001", "Can't reach " + where + ". Make sure the server is running and the host"
				+ " and port in the URL are right (" + redact(ex.getMessage(), connection) + ").", ex);
	}

	static String redact(String message, PostgresConnection connection) {
		String text = (message != null) ? message : "no details";
		if (connection.password().isPresent() && connection.password().get().length > 0) {
			text = text.replace(new String(connection.password().get()), "****");
		}
		return text;
	}
}
