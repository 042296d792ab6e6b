package dev.prismaspring.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.deploy.ChecksumPolicy;
import dev.prismaspring.migrate.deploy.DeployOptions;
import dev.prismaspring.migrate.deploy.DeployResult;
import dev.prismaspring.migrate.deploy.MigrationDeployer;
import dev.prismaspring.migrate.deploy.MigrationListener;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.schema.url.PostgresConnection;

/** {@code prisma migrate deploy}: applies pending migrations, for production and CI. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
		description = "Apply pending migrations to the database, each in its own transaction, under Prisma's migration lock.")
final class MigrateDeployCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@Option(names = "--checksums", paramLabel = "POLICY", defaultValue = "FAIL",
			description = "What to do when an applied migration was edited: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
	ChecksumPolicy checksums;

	@Option(names = "--baseline", paramLabel = "MIGRATION",
			description = "For a database with tables but no history: the last migration its tables already reflect, recorded as applied without running.")
	String baseline;

	@Option(names = "--allow-missing-from-folder",
			description = "Only warn about migrations applied to the database that the folder does not have.")
	boolean allowMissing;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		PostgresConnection database = this.options.database();
		MigrationsFolder folder = this.options.folder();
		out.println(folder.migrations().size() + " migrations found in " + folder.location());
		out.flush();
		DeployOptions deploy = DeployOptions.defaults()
			.withLockWait(this.options.lockWait())
			.withChecksums(this.checksums)
			.withBaselineTo(this.baseline)
			.withAllowMissingFromFolder(this.allowMissing)
			.withNamespaces(this.options.namespaces(database))
			.withListener(new Progress(out, err));
		DeployResult result = MigrationDeployer.deploy(database, folder, deploy);
		for (String name : result.baselined()) {
			out.println("Recorded `" + name + "` as applied (baseline).");
		}
		out.println(result.applied().isEmpty() ? "No pending migrations to apply."
				: "\nAll migrations have been successfully applied. " + Terminal.green("✔"));
		return 0;
	}

	/** Prints each migration as it starts and ends, so a long migration shows it is running. */
	static final class Progress implements MigrationListener {

		private final PrintWriter out;

		private final PrintWriter err;

		Progress(PrintWriter out, PrintWriter err) {
			this.out = out;
			this.err = err;
		}

		@Override
		public void waitingForLock(String message) {
			this.err.println(message);
			this.err.flush();
		}

		@Override
		public void applying(String name) {
			this.out.print("Applying migration `" + name + "` ... ");
			this.out.flush();
		}

		@Override
		public void applied(String name, Duration took) {
			this.out.println("done in " + took.toMillis() + " ms");
			this.out.flush();
		}

		@Override
		public void warning(String message) {
			this.err.println("Warning: " + message);
			this.err.flush();
		}
	}
}
