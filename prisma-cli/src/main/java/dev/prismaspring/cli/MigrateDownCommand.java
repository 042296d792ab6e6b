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

/** {@code migrate down}: reverses applied migrations with their {@code down.sql}. */
@Command(name = "down", mixinStandardHelpOptions = true,
		description = "Reverse the newest applied migration, or every one after --to, with their down.sql files.")
final class MigrateDownCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@Option(names = "--to", paramLabel = "MIGRATION", description = "The migration to go back to; it stays applied.")
	String to;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		List<String> reversed = MigrateDown.down(this.options.database(), this.options.folder(), this.to,
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
