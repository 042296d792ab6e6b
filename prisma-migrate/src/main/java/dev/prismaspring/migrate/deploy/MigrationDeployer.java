package dev.prismaspring.migrate.deploy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.folder.MigrationsFolder.Migration;
import dev.prismaspring.migrate.history.HistoryReport;
import dev.prismaspring.migrate.history.HistoryTable;
import dev.prismaspring.migrate.history.MigrationState;
import dev.prismaspring.migrate.history.MigrationStatus;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.migrate.jdbc.MigrationDatabase;
import dev.prismaspring.migrate.lock.MigrationLock;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * {@code migrate deploy}: applies the pending migrations of a folder to a database, as Prisma's
 * {@code migrate deploy} does and in its history table, with these guarantees: one migrator at a
 * time (Prisma's advisory lock), each migration and its history row in one transaction (a failed
 * migration leaves the schema as it was, and a failed row), a failed migration blocks later
 * ones until resolved ({@code P3009}), a non-empty database without history is refused unless
 * baselined ({@code P3005}), and an applied migration edited afterwards is refused by default.
 */
public final class MigrationDeployer {

	private MigrationDeployer() {
	}

	/**
	 * @param database the database to migrate
	 * @param folder the migrations
	 * @param options how to behave
	 * @return what was done
	 * @throws PrismaException with Prisma's code when a rule refuses the deploy or a migration fails
	 */
	public static DeployResult deploy(PostgresConnection database, MigrationsFolder folder, DeployOptions options) {
		return deploy(MigrationDatabase.of(database), folder, options);
	}

	/**
	 * @param database the database to migrate
	 * @param folder the migrations
	 * @param options how to behave
	 * @return what was done
	 * @throws PrismaException with Prisma's code when a rule refuses the deploy or a migration fails
	 */
	public static DeployResult deploy(MigrationDatabase database, MigrationsFolder folder, DeployOptions options) {
		folder.checkProvider();
		List<Migration> migrations = folder.migrations();
		try (MigrationLock lock = MigrationLock.acquire(database, options.lockWait(), options.listener()::waitingForLock);
				Connection connection = database.open()) {
			return deploy(database, connection, migrations, options);
		}
		catch (SQLException ex) {
			throw DatabaseConnections.failure(database, "deploy migrations", ex);
		}
	}

	private static DeployResult deploy(MigrationDatabase database, Connection connection, List<Migration> migrations,
			DeployOptions options) throws SQLException {
		HistoryTable history = new HistoryTable(database.schema());
		List<String> warnings = new ArrayList<>();
		List<String> baselined = new ArrayList<>();
		if (!history.exists(connection)) {
			List<String> tables = DatabaseContents.tables(connection, namespaces(database, options));
			if (!tables.isEmpty() && options.baselineTo() == null) {
				throw notEmpty(database, tables);
			}
			history.create(connection);
			if (!tables.isEmpty()) {
				baselined.addAll(baseline(connection, history, migrations, options.baselineTo()));
			}
		}
		HistoryReport report = HistoryReport.of(migrations, history.read(connection), true);
		refuseFailed(report);
		checkEdited(report, options, warnings);
		checkMissing(report, options, warnings);
		Map<String, Migration> byName = migrations.stream()
			.collect(Collectors.toMap(Migration::name, Function.identity()));
		List<String> applied = new ArrayList<>();
		List<MigrationStatus> pending = report.pending();
		for (int i = 0; i < pending.size(); i++) {
			Migration migration = byName.get(pending.get(i).name());
			options.listener().applying(migration.name());
			long started = System.nanoTime();
			ScriptRunner.apply(connection, history, migration, i == pending.size() - 1);
			options.listener().applied(migration.name(), Duration.ofNanos(System.nanoTime() - started));
			applied.add(migration.name());
		}
		return new DeployResult(applied, baselined, warnings);
	}

	private static List<String> namespaces(MigrationDatabase database, DeployOptions options) {
		Set<String> namespaces = new LinkedHashSet<>(options.namespaces());
		namespaces.add(database.schema());
		return List.copyOf(namespaces);
	}

	private static PrismaException notEmpty(MigrationDatabase database, List<String> tables) {
		return new PrismaException("P3005", "The database schema is not empty: database `" + database.name()
				+ "` has tables (" + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
				+ ((tables.size() > 5) ? ", ..." : "") + ") but no migration history. Baseline it: create a migration"
				+ " that describes the existing tables, then record it as applied with `migrate resolve --applied"
				+ " <name>` (or set the baseline option to that migration's name). See"
				+ " https://pris.ly/d/migrate-baseline");
	}

	private static List<String> baseline(Connection connection, HistoryTable history, List<Migration> migrations,
			String baselineTo) throws SQLException {
		if (migrations.stream().noneMatch((migration) -> migration.name().equals(baselineTo))) {
			throw new PrismaException("P3017", "The baseline migration `" + baselineTo + "` is not in the migrations"
					+ " folder. Give the whole name of a migration directory, e.g. `0_init`.");
		}
		List<String> baselined = new ArrayList<>();
		for (Migration migration : migrations) {
			history.markApplied(connection, migration.name(), migration.checksum());
			baselined.add(migration.name());
			if (migration.name().equals(baselineTo)) {
				break;
			}
		}
		return baselined;
	}

	private static void refuseFailed(HistoryReport report) {
		List<MigrationStatus> failed = report.in(MigrationState.FAILED);
		if (failed.isEmpty()) {
			return;
		}
		StringBuilder message = new StringBuilder("migrate found failed migrations in the target database, new"
				+ " migrations will not be applied. Read more about how to resolve migration issues in a production"
				+ " database: https://pris.ly/d/migrate-resolve\n");
		for (MigrationStatus migration : failed) {
			message.append("The `").append(migration.name()).append("` migration started at ")
				.append(migration.record().startedAt()).append(" failed\n");
		}
		MigrationStatus first = failed.get(0);
		message.append("Check that the database is as it was before the migration (this project rolls a failed"
				+ " migration back; Prisma's CLI may leave part of it), fix the script, then run `migrate resolve"
				+ " --rolled-back ").append(first.name()).append("` and deploy again. If you applied its changes by"
				+ " hand instead, run `migrate resolve --applied ").append(first.name()).append("`.");
		throw new PrismaException("P3009", message.toString());
	}

	private static void checkEdited(HistoryReport report, DeployOptions options, List<String> warnings) {
		List<MigrationStatus> edited = report.in(MigrationState.MODIFIED);
		if (edited.isEmpty() || options.checksums() == ChecksumPolicy.IGNORE) {
			return;
		}
		String names = edited.stream().map(MigrationStatus::name).collect(Collectors.joining("`, `", "`", "`"));
		if (options.checksums() == ChecksumPolicy.FAIL) {
			throw new PrismaException("PSB2001", "The migration(s) " + names + " were modified after they were applied:"
					+ " the script in the folder is not the one the database ran (checksums differ). Restore the"
					+ " original script (e.g. from version control) and put the change in a new migration. If the"
					+ " edit only changes comments or formatting, set the checksum policy to `warn`.");
		}
		String warning = "The migration(s) " + names + " were modified after they were applied.";
		warnings.add(warning);
		options.listener().warning(warning);
	}

	private static void checkMissing(HistoryReport report, DeployOptions options, List<String> warnings) {
		List<MigrationStatus> missing = report.in(MigrationState.MISSING_FROM_FOLDER);
		if (missing.isEmpty()) {
			return;
		}
		String names = missing.stream().map(MigrationStatus::name).collect(Collectors.joining("`, `", "`", "`"));
		if (!options.allowMissingFromFolder()) {
			throw new PrismaException("PSB2003", "The database has applied migration(s) " + names + " that are not"
					+ " in the migrations folder: it is ahead of this release, or a migration directory was deleted."
					+ " Restore the missing directories, or deploy a release that has them. To start anyway (e.g."
					+ " while rolling back a release), allow migrations missing from the folder.");
		}
		String warning = "The database has applied migration(s) " + names + " that are not in the migrations folder.";
		warnings.add(warning);
		options.listener().warning(warning);
	}
}
