package dev.prismaspring.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.command.MigrateDown;
import dev.prismaspring.schema.url.PostgresConnection;

/** {@code migrate down}: reverses applied migrations with their {@code down.sql}. */
@Command(name = "down", mixinStandardHelpOptions = true,
		description = "Reverse the newest applied migration, or every one after --to, with their down.sql files.")
final class MigrateDownCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@Option(names = "--to", paramLabel = "MIGRATION", description = "The migration to go back to; it stays applied.")
	String to;

	@Mixin
	ProductionGuard production;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PostgresConnection database = this.options.database();
		this.production.check("migrate down", "run down.sql files on database `" + database.database() + "`");
		List<String> reversed = MigrateDown.down(database, this.options.folder(), this.to,
				this.options.lockWait());
		if (reversed.isEmpty()) {
			out.println("No applied migration to reverse.");
		}
		for (String name : reversed) {
			out.println("Reversed migration `" + name + "`");
		}
		return 0;
	}
}
