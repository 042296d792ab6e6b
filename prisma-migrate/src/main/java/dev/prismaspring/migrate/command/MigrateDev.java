package dev.prismaspring.migrate.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.migrate.deploy.DeployOptions;
import dev.prismaspring.migrate.deploy.DeployResult;
import dev.prismaspring.migrate.deploy.MigrationDeployer;
import dev.prismaspring.migrate.describe.DatabaseDescriber;
import dev.prismaspring.migrate.diff.DataLossWarnings;
import dev.prismaspring.migrate.diff.MigrationStep;
import dev.prismaspring.migrate.diff.RowCounts;
import dev.prismaspring.migrate.diff.SchemaDiffer;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.folder.MigrationsFolder.Migration;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.migrate.lint.LintFinding;
import dev.prismaspring.migrate.lint.MigrationLinter;
import dev.prismaspring.migrate.render.MigrationRenderer;
import dev.prismaspring.migrate.shadow.ShadowDatabase;
import dev.prismaspring.migrate.shadow.TemporaryDatabase;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * {@code migrate dev}: brings a development database and the migrations folder up to the
 * schema. It replays the history into a shadow database, applies pending migrations, refuses
 * drift (changes in the database that the history does not explain) without touching data,
 * writes the next migration from the difference between the history and the schema with a
 * {@code down.sql} that reverses it, lints it, and applies it unless asked only to create it.
 */
public final class MigrateDev {

	private MigrateDev() {
	}

	/**
	 * @param database the development database
	 * @param folder the migrations folder (created when missing)
	 * @param datamodel the schema the database should match
	 * @param options name, shadow database and choices
	 * @return what was done
	 */
	public static DevResult run(PostgresConnection database, MigrationsFolder folder, Datamodel datamodel,
			DevOptions options) {
		folder.checkProvider();
		List<String> namespaces = namespaces(database, datamodel);
		refuseSameDatabase(database, options.shadowDatabase());
		DeployOptions deploy = DeployOptions.defaults().withLockWait(options.lockWait()).withNamespaces(namespaces);
		DeployResult pending = MigrationDeployer.deploy(database, folder, deploy);
		SqlSchema history = replay(database, folder, namespaces, options.shadowDatabase());
		SqlSchema target = MigrationScripts.sqlSchema(datamodel, database.schema());
		MigrationRenderer renderer = new MigrationRenderer(MigrationScripts.isMultiSchema(datamodel));
		try (Connection connection = DatabaseConnections.open(database)) {
			SqlSchema live = DatabaseDescriber.describe(connection, namespaces);
			List<MigrationStep> drift = SchemaDiffer.diff(history, live);
			if (!drift.isEmpty()) {
				throw drift(database, renderer.render(drift));
			}
			List<MigrationStep> steps = SchemaDiffer.diff(history, target);
			if (steps.isEmpty() && !options.createOnly()) {
				return new DevResult(null, pending.applied(), List.of(), List.of());
			}
			DataLossWarnings warnings = DataLossWarnings.check(steps, RowCounts.of(connection));
			if (!options.createOnly()) {
				refuseDataLoss(warnings, options);
			}
			String script = renderer.render(steps, warnings.all());
			List<MigrationStep> reverse = SchemaDiffer.diff(target, history);
			String down = renderer.render(reverse, DataLossWarnings.check(reverse, RowCounts.unknown()).all());
			Migration created = folder.write(options.name(), script, down);
			List<LintFinding> lint = MigrationLinter.lint(script, created.name());
			List<String> applied = new ArrayList<>(pending.applied());
			if (!options.createOnly()) {
				applied.addAll(MigrationDeployer.deploy(database, folder, deploy).applied());
			}
			return new DevResult(created.name(), applied, warnings.all(), lint);
		}
		catch (SQLException ex) {
			throw DatabaseConnections.failure(database, "compare the database with the migration history", ex);
		}
	}

	static List<String> namespaces(PostgresConnection database, Datamodel datamodel) {
		Set<String> namespaces = new LinkedHashSet<>();
		if (datamodel.datasource() != null) {
			namespaces.addAll(datamodel.datasource().schemas());
		}
		if (namespaces.isEmpty()) {
			namespaces.add(database.schema());
		}
		return List.copyOf(namespaces);
	}

	private static void refuseSameDatabase(PostgresConnection database, PostgresConnection shadow) {
		if (shadow != null && shadow.host().equals(database.host()) && shadow.port() == database.port()
				&& shadow.database().equals(database.database())) {
			throw new PrismaException("PSB2008", "The shadow database is the development database (`"
					+ database.database() + "` at `" + database.host() + ":" + database.port() + "`). The shadow"
					+ " database is emptied on every `migrate dev`, so it must be a separate database: create one and"
					+ " set it as `shadowDatabaseUrl`.");
		}
	}

	private static SqlSchema replay(PostgresConnection database, MigrationsFolder folder, List<String> namespaces,
			PostgresConnection shadow) {
		if (shadow != null) {
			return ShadowDatabase.replay(shadow, folder, namespaces);
		}
		try (TemporaryDatabase temporary = TemporaryDatabase.create(database)) {
			return ShadowDatabase.replay(temporary.connection(), folder, namespaces);
		}
	}

	private static PrismaException drift(PostgresConnection database, String script) {
		return new PrismaException("PSB2006", "Drift detected: the schema of database `" + database.database()
				+ "` is not in sync with the migration history. The database has these changes that no migration"
				+ " explains (as SQL from the history's schema to the database's):\n\n" + script + "\n\nNothing was"
				+ " changed. To keep the data, put these changes in a migration and record it as applied: write the"
				+ " SQL above into a new migration directory's migration.sql, then run `migrate resolve --applied"
				+ " <name>`. To start over and lose the data, run `migrate reset`.");
	}

	private static void refuseDataLoss(DataLossWarnings warnings, DevOptions options) {
		if (!warnings.unexecutable().isEmpty()) {
			throw new PrismaException("PSB2012", "The next migration cannot be executed on the data in the database:\n  - "
					+ String.join("\n  - ", warnings.unexecutable()) + "\nRun `migrate dev --create-only`, edit the"
					+ " migration (e.g. fill the column before making it required), then run `migrate dev` again.");
		}
		if (!warnings.warnings().isEmpty() && !options.acceptDataLoss()) {
			throw new PrismaException("PSB2005", "The next migration would lose data:\n  - "
					+ String.join("\n  - ", warnings.warnings()) + "\nNothing was changed. Run again with"
					+ " `--accept-data-loss` to apply it, or with `--create-only` to write it and edit it first.");
		}
	}
}
