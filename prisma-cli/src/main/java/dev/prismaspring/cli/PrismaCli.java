package dev.prismaspring.cli;

import java.io.PrintWriter;

import dev.prismaspring.schema.PrismaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line front-end: Prisma's commands with Prisma's spelling, thin over the library.
 * Exit codes follow Prisma: 0 success, 1 failure (invalid schema, unreadable file), 2 bad usage.
 */
@Command(name = "prisma", mixinStandardHelpOptions = true, versionProvider = PrismaCli.Version.class,
		description = "Prisma's schema-first workflow for the JVM.",
		subcommands = { InitCommand.class, ValidateCommand.class, FormatCommand.class, GenerateCommand.class, MigrateCommand.class, DbCommand.class,
				CommandLine.HelpCommand.class })
public final class PrismaCli {

	public static void main(String[] args) {
		System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/**
	 * Runs one command line.
	 * @param out where results go
	 * @param err where diagnostics and errors go
	 * @param args the arguments
	 * @return the exit code
	 */
	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new PrismaCli());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.ansi()));
		commandLine.setExecutionExceptionHandler((ex, line, parseResult) -> {
			String code = (ex instanceof PrismaException prisma) ? prisma.code() + ": " : "";
			line.getErr().println(Terminal.errorPrefix() + code + ex.getMessage());
			return 1;
		});
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = PrismaCli.class.getPackage().getImplementationVersion();
			return new String[] { "prisma-spring-boot " + ((version != null) ? version : "development build") };
		}
	}
}
