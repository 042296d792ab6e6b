package dev.prismaspring.migrate.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * {@code db execute}: runs a SQL script on a database in one transaction, outside the migration
 * history.
 */
public final class DbExecute {

	private DbExecute() {
	}

	/**
	 * @param database the database
	 * @param script the SQL
	 * @param source where the script came from, for the error message
	 * @throws PrismaException {@code PSB2010} with the database's error; nothing of
	 * the script stays applied
	 */
	public static void execute(PostgresConnection database, String script, String source) {
		try (Connection connection = DatabaseConnections.open(database)) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute(script);
				connection.commit();
			}
			catch (SQLException ex) {
				connection.rollback();
				throw new PrismaException("PSB2010", "The script " + source + " failed on database `"
						+ database.database() + "` and was rolled back.\nDatabase error code: " + ex.getSQLState()
						+ "\nDatabase error: " + ex.getMessage(), ex);
			}
		}
		catch (SQLException ex) {
			throw DatabaseConnections.failure(database, "run " + source, ex);
		}
	}
}
