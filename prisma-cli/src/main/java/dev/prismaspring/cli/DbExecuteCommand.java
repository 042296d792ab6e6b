package dev.prismaspring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.command.DbExecute;
import dev.prismaspring.schema.PrismaException;

/** {@code prisma db execute}: runs a SQL script on the database, outside the migration history. */
@Command(name = "execute", mixinStandardHelpOptions = true,
		description = "Run a SQL script on the database in one transaction, outside the migration history.")
final class DbExecuteCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Input input;

	@Spec
	CommandSpec spec;

	static final class Input {

		@Option(names = "--file", paramLabel = "FILE", required = true, description = "The script to run.")
		Path file;

		@Option(names = "--stdin", required = true, description = "Read the script from standard input.")
		boolean stdin;
	}

	@Override
	public Integer call() throws IOException {
		String script;
		String source;
		if (this.input.file != null) {
			if (!Files.isRegularFile(this.input.file)) {
				throw new PrismaException("PSB1005", "The script " + this.input.file + " does not exist.");
			}
			script = Files.readString(this.input.file, StandardCharsets.UTF_8);
			source = this.input.file.toString();
		}
		else {
			InputStream in = System.in;
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			source = "from standard input";
		}
		DbExecute.execute(this.options.database(), script, source);
		this.spec.commandLine().getOut().println("Script executed successfully.");
		return 0;
	}
}
