package dev.prismaspring.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code prisma migrate}: the migration commands. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Create and apply migrations.",
		subcommands = { MigrateDiffCommand.class, CommandLine.HelpCommand.class })
final class MigrateCommand {

}
