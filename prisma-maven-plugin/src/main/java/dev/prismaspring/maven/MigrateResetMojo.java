package dev.prismaspring.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:migrate-reset -Dprisma.force}: drops the database's schemas, with all data in
 * them, and applies every migration again. Without {@code -Dprisma.force} it asks first, which only
 * an interactive build on a terminal can answer.
 */
@Mojo(name = "migrate-reset", threadSafe = true)
public class MigrateResetMojo extends AbstractMigrationsMojo {

	/**
	 * Skip the confirmation.
	 */
	@Parameter(property = "prisma.force", defaultValue = "false")
	boolean force;

	@Parameter(defaultValue = "${session}", readonly = true)
	MavenSession session;

	/**
	 * Run even when an active profile of the application ({@code spring.profiles.active}) is one of
	 * {@code prisma.migrate.production-profiles} (default {@code prod}, {@code production}).
	 */
	@Parameter(property = "prisma.allowProduction", defaultValue = "false")
	boolean allowProduction;

	@Override
	CliArguments arguments() {
		if (!this.force && !canAsk()) {
			throw new PluginFailure("PSB2013", "migrate-reset deletes all data in the database and needs a confirmation,"
					+ " which this build cannot ask for (no terminal, or batch mode). Run it with -Dprisma.force.");
		}
		return withProductionGuard(withMigrations("migrate", "reset").flag("--force", this.force), this.allowProduction);
	}

	private boolean canAsk() {
		return this.session != null && this.session.getRequest().isInteractiveMode() && System.console() != null;
	}
}
