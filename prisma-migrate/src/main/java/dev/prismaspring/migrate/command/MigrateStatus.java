package dev.prismaspring.migrate.command;

import java.sql.Connection;
import java.sql.SQLException;

import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.history.HistoryReport;
import dev.prismaspring.migrate.history.HistoryTable;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.migrate.jdbc.MigrationDatabase;
import dev.prismaspring.schema.url.PostgresConnection;

/** {@code migrate status}: the migrations folder read against the database's history. Writes nothing. */
public final class MigrateStatus {

	private MigrateStatus() {
	}

	/**
	 * @param database the database
	 * @param folder the migrations
	 * @return each migration with its state
	 */
	public static HistoryReport read(PostgresConnection database, MigrationsFolder folder) {
		return read(MigrationDatabase.of(database), folder);
	}

	/**
	 * @param database the database
	 * @param folder the migrations
	 * @return each migration with its state
	 */
	public static HistoryReport read(MigrationDatabase database, MigrationsFolder folder) {
		try (Connection connection = database.open()) {
			return read(connection, new HistoryTable(database.schema()), folder);
		}
		catch (SQLException ex) {
			throw DatabaseConnections.failure(database, "read the migration history", ex);
		}
	}

	static HistoryReport read(Connection connection, HistoryTable history, MigrationsFolder folder)
			throws SQLException {
		boolean exists = history.exists(connection);
		return HistoryReport.of(folder.migrations(), exists ? history.read(connection) : java.util.List.of(), exists);
	}

	/**
	 * @param report a status report
	 * @return the exit code Prisma's {@code migrate status} gives: 0 when up to date, 1 otherwise
	 */
	public static int exitCode(HistoryReport report) {
		return report.isUpToDate() ? 0 : 1;
	}

}
