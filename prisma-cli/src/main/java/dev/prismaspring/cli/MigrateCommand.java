package dev.prismaspring.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code prisma migrate}: the migration commands. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Create and apply migrations.",
		subcommands = { MigrateDevCommand.class, MigrateDeployCommand.class, MigrateStatusCommand.class,
				MigrateResolveCommand.class, MigrateResetCommand.class, MigrateDownCommand.class, MigrateLintCommand.class,
				MigrateDiffCommand.class, CommandLine.HelpCommand.class })
final class MigrateCommand {

}
