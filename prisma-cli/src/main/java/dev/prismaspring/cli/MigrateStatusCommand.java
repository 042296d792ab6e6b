package dev.prismaspring.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.command.MigrateStatus;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.history.HistoryReport;
import dev.prismaspring.migrate.history.MigrationState;
import dev.prismaspring.migrate.history.MigrationStatus;

/**
 * {@code prisma migrate status}: each migration's state. Exit 0 when the database is up to
 * date, 1 otherwise, as Prisma's command.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = "Show which migrations are applied, pending, failed, rolled back, edited or missing from the folder.")
final class MigrateStatusCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		MigrationsFolder folder = this.options.folder();
		HistoryReport report = MigrateStatus.read(this.options.database(), folder);
		out.println(report.migrations().stream().filter((m) -> m.checksum() != null).count() + " migrations found in "
				+ folder.location());
		for (MigrationStatus migration : report.migrations()) {
			out.println(String.format("  %-20s %s", label(migration.state()), migration.name()));
		}
		if (report.isUpToDate()) {
			out.println("Database schema is up to date!");
			return 0;
		}
		advise(out, report);
		return 1;
	}

	private static String label(MigrationState state) {
		return state.name().toLowerCase().replace('_', ' ');
	}

	private static void advise(PrintWriter out, HistoryReport report) {
		List<MigrationStatus> failed = report.in(MigrationState.FAILED);
		if (!failed.isEmpty()) {
			out.println("Following migration have failed: " + failed.get(0).name() + "\nFix it, then run `migrate resolve"
					+ " --rolled-back " + failed.get(0).name() + "` (or `--applied` if you finished it by hand).");
		}
		if (!report.pending().isEmpty()) {
			out.println("Following migrations have not yet been applied: " + String.join(", ",
					report.pending().stream().map(MigrationStatus::name).toList()) + "\nTo apply them, run `migrate deploy`.");
		}
		if (!report.in(MigrationState.MODIFIED).isEmpty()) {
			out.println("Following migrations were modified after they were applied: " + String.join(", ",
					report.in(MigrationState.MODIFIED).stream().map(MigrationStatus::name).toList())
					+ "\nRestore their original scripts.");
		}
		if (!report.in(MigrationState.MISSING_FROM_FOLDER).isEmpty()) {
			out.println("Following migrations are applied to the database but missing from the folder: " + String.join(", ",
					report.in(MigrationState.MISSING_FROM_FOLDER).stream().map(MigrationStatus::name).toList()));
		}
	}
}
