package dev.prismaspring.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code prisma db}: commands on the database itself. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Work with the database directly.",
		subcommands = { DbPullCommand.class, DbPushCommand.class, DbExecuteCommand.class, CommandLine.HelpCommand.class })
final class DbCommand {

}
