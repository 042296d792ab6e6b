package dev.prismaspring.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.command.DevOptions;
import dev.prismaspring.migrate.command.DevResult;
import dev.prismaspring.migrate.command.MigrateDev;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.lint.LintFinding;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * {@code prisma migrate dev}: writes the next migration from the schema and applies it to the
 * development database, with a shadow database to replay the history.
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
		description = "Create a migration from changes in the schema, apply it to the development database, and write its down.sql.")
final class MigrateDevCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@Option(names = { "-n", "--name" }, paramLabel = "NAME", defaultValue = "",
			description = "The migration's name, e.g. init.")
	String name;

	@Option(names = "--create-only", description = "Write the migration without applying it, to edit it first.")
	boolean createOnly;

	@Option(names = "--accept-data-loss", description = "Apply a migration that drops data the database holds.")
	boolean acceptDataLoss;

	@Option(names = "--shadow-database-url", paramLabel = "URL",
			description = "The shadow database. Default: the datasource's shadowDatabaseUrl, else a temporary database.")
	String shadowUrl;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PostgresConnection database = this.options.database();
		MigrationsFolder folder = MigrationsFolder.create(this.options.migrationsLocation());
		DevOptions dev = new DevOptions(this.name, this.createOnly, this.acceptDataLoss, this.options.shadow(this.shadowUrl),
				this.options.lockWait());
		DevResult result;
		try {
			result = MigrateDev.run(database, folder, this.options.datamodel(), dev);
		}
		catch (PrismaException ex) {
			if (!ex.code().equals("PSB2005") || !Confirmation.interactive()) {
				throw ex;
			}
			out.println(ex.getMessage());
			out.flush();
			if (!Confirmation.ask("Are you sure you want to create and apply this migration?")) {
				return 1;
			}
			result = MigrateDev.run(database, folder, this.options.datamodel(), dev.withAcceptDataLoss(true));
		}
		for (String name : result.applied()) {
			if (!name.equals(result.created())) {
				out.println("Applied pending migration `" + name + "`");
			}
		}
		if (result.created() == null) {
			out.println(result.applied().isEmpty() ? "Already in sync, no schema change or pending migration was found."
					: "The database is now in sync with the schema.");
			return 0;
		}
		for (String warning : result.warnings()) {
			out.println("Warning: " + warning);
		}
		for (LintFinding finding : result.lint()) {
			out.println(finding.describe());
		}
		out.println("Created migration `" + result.created() + "` in " + folder.location() + " (with "
				+ MigrationsFolder.DOWN_SCRIPT + ")" + (this.createOnly ? "" : " and applied it"));
		out.println(this.createOnly ? "Edit it, then run `migrate dev` to apply it."
				: "Your database is now in sync with your schema. " + Terminal.green("✔"));
		return 0;
	}
}
