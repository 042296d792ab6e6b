package dev.prismaspring.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.command.MigrateReset;
import dev.prismaspring.migrate.deploy.DeployOptions;
import dev.prismaspring.migrate.deploy.DeployResult;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/** {@code prisma migrate reset}: drops everything in the database and applies every migration again. */
@Command(name = "reset", mixinStandardHelpOptions = true,
		description = "Drop the database's schemas (all data in them), then apply all migrations.")
final class MigrateResetCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@Option(names = { "-f", "--force" }, description = "Skip the confirmation.")
	boolean force;

	@Mixin
	ProductionGuard production;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PostgresConnection database = this.options.database();
		this.production.check("migrate reset", "delete all data in database `" + database.database() + "`");
		if (!this.force) {
			if (!Confirmation.interactive()) {
				throw new PrismaException("PSB2013", "`migrate reset` deletes all data in database `" + database.database()
						+ "` and needs a confirmation; no terminal is attached. Run it with --force.");
			}
			if (!Confirmation.ask("All data in database `" + database.database() + "` at " + database.host()
					+ " will be lost. Reset it?")) {
				out.println("Reset cancelled.");
				return 1;
			}
		}
		DeployResult result = MigrateReset.reset(database, this.options.folder(), DeployOptions.defaults()
			.withLockWait(this.options.lockWait())
			.withNamespaces(this.options.namespaces(database)));
		out.println("Database reset successful. Applied " + result.applied().size() + " migrations.");
		return 0;
	}
}
