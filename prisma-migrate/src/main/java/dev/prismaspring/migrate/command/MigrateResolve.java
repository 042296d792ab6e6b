package dev.prismaspring.migrate.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

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
 * {@code migrate resolve}: records by hand what happened to a migration, as Prisma's command
 * does, under the migration lock.
 */
public final class MigrateResolve {

	private MigrateResolve() {
	}

	/**
	 * Records a migration as applied without running it: to baseline a database, or after a failed
	 * migration's changes were finished by hand.
	 *
	 * @param database the database
	 * @param folder the migrations
	 * @param name the migration's directory name
	 * @param lockWait how long to wait for the migration lock
	 * @throws PrismaException {@code P3017} when the folder has no such migration, {@code P3008}
	 * when it is already applied
	 */
	public static void applied(PostgresConnection database, MigrationsFolder folder, String name, Duration lockWait) {
		Migration migration = folder.migrations()
			.stream()
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow(() -> notFound(name, folder));
		HistoryTable history = new HistoryTable(database.schema());
		try (MigrationLock lock = MigrationLock.acquire(database, lockWait, (message) -> {
		}); Connection connection = DatabaseConnections.open(database)) {
			history.create(connection);
			HistoryReport report = MigrateStatus.read(connection, history, folder);
			MigrationStatus status = find(report, name);
			if (status.state() == MigrationState.APPLIED || status.state() == MigrationState.MODIFIED) {
				throw new PrismaException("P3008", "The migration `" + name + "` is already recorded as applied in"
						+ " the database.");
			}
			connection.setAutoCommit(false);
			if (status.state() == MigrationState.FAILED) {
				history.markRolledBack(connection, status.record().id());
			}
			history.markApplied(connection, migration.name(), migration.checksum());
			connection.commit();
		}
		catch (SQLException ex) {
			throw DatabaseConnections.failure(database, "record `" + name + "` as applied", ex);
		}
	}

	/**
	 * Records a failed migration as rolled back, so that the next deploy runs it again.
	 *
	 * @param database the database
	 * @param folder the migrations
	 * @param name the migration's directory name
	 * @param lockWait how long to wait for the migration lock
	 * @throws PrismaException {@code P3011} when it was never applied, {@code P3012} when it is
	 * not in a failed state
	 */
	public static void rolledBack(PostgresConnection database, MigrationsFolder folder, String name,
			Duration lockWait) {
		HistoryTable history = new HistoryTable(database.schema());
		try (MigrationLock lock = MigrationLock.acquire(database, lockWait, (message) -> {
		}); Connection connection = DatabaseConnections.open(database)) {
			HistoryReport report = MigrateStatus.read(connection, history, folder);
			MigrationStatus status = report.migrations()
				.stream()
				.filter((candidate) -> candidate.name().equals(name))
				.findFirst()
				.orElse(null);
			if (status == null || status.record() == null) {
				throw new PrismaException("P3011", "Migration `" + name + "` cannot be rolled back because it was never"
						+ " applied to the database. Check the name with `migrate status`.");
			}
			if (status.state() != MigrationState.FAILED) {
				throw new PrismaException("P3012", "Migration `" + name + "` cannot be rolled back because it is not in"
						+ " a failed state (it is " + status.state().name().toLowerCase().replace('_', ' ') + "). To undo"
						+ " an applied migration, use `migrate down`.");
			}
			history.markRolledBack(connection, status.record().id());
		}
		catch (SQLException ex) {
			throw DatabaseConnections.failure(database, "record `" + name + "` as rolled back", ex);
		}
	}

	private static MigrationStatus find(HistoryReport report, String name) {
		return report.migrations()
			.stream()
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static PrismaException notFound(String name, MigrationsFolder folder) {
		return new PrismaException("P3017", "The migration `" + name + "` could not be found in " + folder.location()
				+ ". Make sure it exists and that you gave the whole name of the directory, e.g. `20240101120000_init`.");
	}
}
