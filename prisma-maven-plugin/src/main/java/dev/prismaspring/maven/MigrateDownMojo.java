package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:migrate-down}: reverses the newest applied migration, or with
 * {@code -Dprisma.to=NAME} every one after that migration, with their {@code down.sql} files.
 */
@Mojo(name = "migrate-down", threadSafe = true)
public class MigrateDownMojo extends AbstractMigrationsMojo {

	/**
	 * The migration to go back to; it stays applied.
	 */
	@Parameter(property = "prisma.to")
	String to;

	/**
	 * Run even when an active profile of the application ({@code spring.profiles.active}) is one of
	 * {@code prisma.migrate.production-profiles} (default {@code prod}, {@code production}).
	 */
	@Parameter(property = "prisma.allowProduction", defaultValue = "false")
	boolean allowProduction;

	@Override
	CliArguments arguments() {
		return withProductionGuard(withMigrations("migrate", "down").option("--to", this.to), this.allowProduction);
	}
}
