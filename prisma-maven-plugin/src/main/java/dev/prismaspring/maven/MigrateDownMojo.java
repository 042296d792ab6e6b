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

	@Override
	CliArguments arguments() {
		return withMigrations("migrate", "down").option("--to", this.to);
	}
}
