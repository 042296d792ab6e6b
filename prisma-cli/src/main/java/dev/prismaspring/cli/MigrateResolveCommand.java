package dev.prismaspring.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.command.MigrateResolve;

/** {@code prisma migrate resolve}: records a failed or baseline migration as applied or rolled back. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
		description = "Record a migration as applied (baseline, or finished by hand) or a failed one as rolled back.")
final class MigrateResolveCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Choice choice;

	@Spec
	CommandSpec spec;

	static final class Choice {

		@Option(names = "--applied", paramLabel = "MIGRATION", required = true,
				description = "Record the migration as applied without running it.")
		String applied;

		@Option(names = "--rolled-back", paramLabel = "MIGRATION", required = true,
				description = "Record the failed migration as rolled back; the next deploy runs it again.")
		String rolledBack;
	}

	@Override
	public Integer call() {
		if (this.choice.applied != null) {
			MigrateResolve.applied(this.options.database(), this.options.folder(), this.choice.applied,
					this.options.lockWait());
			this.spec.commandLine().getOut().println("Migration " + this.choice.applied + " marked as applied.");
		}
		else {
			MigrateResolve.rolledBack(this.options.database(), this.options.folder(), this.choice.rolledBack,
					this.options.lockWait());
			this.spec.commandLine().getOut().println("Migration " + this.choice.rolledBack + " marked as rolled back.");
		}
		return 0;
	}
}
