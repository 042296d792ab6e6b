package dev.prismaspring.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.command.DbPush;

/** {@code prisma db push}: makes the database match the schema without a migration. */
@Command(name = "push", mixinStandardHelpOptions = true,
		description = "Make the database match the schema directly, without a migration (for prototyping).")
final class DbPushCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@Option(names = "--accept-data-loss", description = "Apply changes that drop data the database holds.")
	boolean acceptDataLoss;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		String script = DbPush.push(this.options.database(), this.options.datamodel(), this.acceptDataLoss,
				this.options.lockWait());
		out.println((script == null) ? "The database is already in sync with the Prisma schema."
				: "Your database is now in sync with your Prisma schema. " + Terminal.green("✔"));
		return 0;
	}
}
