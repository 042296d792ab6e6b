package dev.prismaspring.migrate.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.migrate.folder.Checksums;
import dev.prismaspring.migrate.folder.MigrationsFolder.Migration;

/**
 * The migrations folder read against {@code _prisma_migrations}: each migration with its state,
 * in the order of their names.
 *
 * @param migrations every migration of the folder and every one recorded in the database
 * @param historyExists whether {@code _prisma_migrations} exists
 */
public record HistoryReport(List<MigrationStatus> migrations, boolean historyExists) {

	public HistoryReport {
		migrations = List.copyOf(migrations);
	}

	/**
	 * @param folder the migrations of the folder, in order
	 * @param records the rows of {@code _prisma_migrations}, oldest first
	 * @param historyExists whether the table exists
	 * @return the report
	 */
	public static HistoryReport of(List<Migration> folder, List<MigrationRecord> records, boolean historyExists) {
		Map<String, List<MigrationRecord>> byName = new LinkedHashMap<>();
		for (MigrationRecord record : records) {
			byName.computeIfAbsent(record.migrationName(), (name) -> new ArrayList<>()).add(record);
		}
		List<MigrationStatus> statuses = new ArrayList<>();
		for (Migration migration : folder) {
			List<MigrationRecord> rows = byName.remove(migration.name());
			statuses.add(state(migration, (rows != null) ? rows : List.of()));
		}
		byName.forEach((name, rows) -> rows.stream()
			.filter((row) -> !row.isRolledBack())
			.reduce((first, second) -> second)
			.ifPresent((row) -> statuses.add(new MigrationStatus(name, MigrationState.MISSING_FROM_FOLDER, row, null))));
		statuses.sort(Comparator.comparing(MigrationStatus::name));
		return new HistoryReport(statuses, historyExists);
	}

	private static MigrationStatus state(Migration migration, List<MigrationRecord> rows) {
		String checksum = migration.checksum();
		MigrationRecord applied = null;
		MigrationRecord failed = null;
		MigrationRecord rolledBack = null;
		for (MigrationRecord row : rows) {
			if (row.isApplied()) {
				applied = row;
			}
			else if (row.isFailed()) {
				failed = row;
			}
			else {
				rolledBack = row;
			}
		}
		if (failed != null) {
			return new MigrationStatus(migration.name(), MigrationState.FAILED, failed, checksum);
		}
		if (applied != null) {
			MigrationState state = Checksums.matches(migration.script(), applied.checksum()) ? MigrationState.APPLIED
					: MigrationState.MODIFIED;
			return new MigrationStatus(migration.name(), state, applied, checksum);
		}
		if (rolledBack != null) {
			return new MigrationStatus(migration.name(), MigrationState.ROLLED_BACK, rolledBack, checksum);
		}
		return new MigrationStatus(migration.name(), MigrationState.PENDING, null, checksum);
	}

	/**
	 * @param state a state
	 * @return the migrations in that state
	 */
	public List<MigrationStatus> in(MigrationState state) {
		return this.migrations.stream().filter((migration) -> migration.state() == state).toList();
	}

	/** @return the migrations the next deploy runs, in order */
	public List<MigrationStatus> pending() {
		return this.migrations.stream().filter(MigrationStatus::isPending).toList();
	}

	/** @return whether every migration of the folder is applied and nothing is amiss */
	public boolean isUpToDate() {
		return this.migrations.stream().allMatch((migration) -> migration.state() == MigrationState.APPLIED);
	}
}
