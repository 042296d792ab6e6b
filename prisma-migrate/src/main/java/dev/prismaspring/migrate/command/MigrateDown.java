package dev.prismaspring.migrate.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.folder.MigrationsFolder.Migration;
import dev.prismaspring.migrate.history.HistoryReport;
import dev.prismaspring.migrate.history.HistoryTable;
import dev.prismaspring.migrate.history.MigrationState;
import dev.prismaspring.migrate.history.MigrationStatus;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.migrate.lock.MigrationLock;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * {@code migrate down}: reverses applied migrations with the {@code down.sql} that
 * {@code migrate dev} wrote beside them, newest first, each in one transaction with its history
 * row marked rolled back (so the next deploy applies it again).
 */
public final class MigrateDown {

	private MigrateDown() {
	}

	/**
	 * @param database the database
	 * @param folder the migrations
	 * @param to the migration to go back to (it stays applied); {@code null} to reverse only the
	 * newest applied migration
	 * @param lockWait how long to wait for the migration lock
	 * @return the migrations reversed, newest first
	 * @throws PrismaException {@code PSB2007} when a migration to reverse has no {@code down.sql},
	 * before anything is reversed
	 */
	public static List<String> down(PostgresConnection database, MigrationsFolder folder, String to,
			Duration lockWait) {
		HistoryTable history = new HistoryTable(database.schema());
		try (MigrationLock lock = MigrationLock.acquire(database, lockWait, (message) -> {
		}); Connection connection = DatabaseConnections.open(database)) {
			HistoryReport report = MigrateStatus.read(connection, history, folder);
			List<MigrationStatus> toReverse = toReverse(report, to);
			List<Migration> migrations = folder.migrations();
			List<String> scripts = new ArrayList<>();
			for (MigrationStatus status : toReverse) {
				Migration migration = migrations.stream().filter((m) -> m.name().equals(status.name())).findFirst().orElseThrow();
				scripts.add(migration.downScript()
					.orElseThrow(() -> new PrismaException("PSB2007", "Migration `" + status.name() + "` has no "
							+ MigrationsFolder.DOWN_SCRIPT + " beside its script, so it cannot be reversed. Write one in "
							+ migration.path().getParent() + " (`migrate dev` writes it for new migrations), or reverse"
							+ " it with a new migration.")));
			}
			List<String> reversed = new ArrayList<>();
			for (int i = 0; i < toReverse.size(); i++) {
				reverse(connection, history, toReverse.get(i), scripts.get(i));
				reversed.add(toReverse.get(i).name());
			}
			return reversed;
		}
		catch (SQLException ex) {
			throw DatabaseConnections.failure(database, "reverse migrations", ex);
		}
	}

	private static List<MigrationStatus> toReverse(HistoryReport report, String to) {
		List<MigrationStatus> applied = new ArrayList<>(report.migrations()
			.stream()
			.filter((status) -> status.state() == MigrationState.APPLIED || status.state() == MigrationState.MODIFIED)
			.toList());
		if (!report.in(MigrationState.FAILED).isEmpty()) {
			throw new PrismaException("P3009", "The migration `" + report.in(MigrationState.FAILED).get(0).name()
					+ "` failed; resolve it with `migrate resolve` before reversing migrations.");
		}
		if (applied.isEmpty()) {
			return List.of();
		}
		if (to == null) {
			return List.of(applied.get(applied.size() - 1));
		}
		if (applied.stream().noneMatch((status) -> status.name().equals(to))) {
			throw new PrismaException("P3017", "The migration `" + to + "` is not applied to the database, so there is"
					+ " nothing to go back to. Check the name with `migrate status`.");
		}
		List<MigrationStatus> newer = new ArrayList<>(applied.stream().filter((s) -> s.name().compareTo(to) > 0).toList());
		java.util.Collections.reverse(newer);
		return newer;
	}

	private static void reverse(Connection connection, HistoryTable history, MigrationStatus status, String script)
			throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute(script);
			history.markRolledBack(connection, status.record().id());
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw new PrismaException("PSB2011", "The down script of `" + status.name() + "` failed and was rolled"
					+ " back; the migration stays applied.\nDatabase error code: " + ex.getSQLState() + "\nDatabase error: "
					+ ex.getMessage() + "\nFix its " + MigrationsFolder.DOWN_SCRIPT + " and run the command again.", ex);
		}
		finally {
			connection.setAutoCommit(true);
		}
	}
}
