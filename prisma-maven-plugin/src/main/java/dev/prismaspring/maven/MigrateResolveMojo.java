package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:migrate-resolve -Dprisma.applied=NAME} (or {@code -Dprisma.rolledBack=NAME}):
 * records a migration as applied (a baseline, or one finished by hand) or a failed one as rolled
 * back, as {@code prisma migrate resolve} does.
 */
@Mojo(name = "migrate-resolve", threadSafe = true)
public class MigrateResolveMojo extends AbstractMigrationsMojo {

	/**
	 * The migration to record as applied without running it.
	 */
	@Parameter(property = "prisma.applied")
	String applied;

	/**
	 * The failed migration to record as rolled back; the next deploy runs it again.
	 */
	@Parameter(property = "prisma.rolledBack")
	String rolledBack;

	@Override
	CliArguments arguments() {
		if ((this.applied == null) == (this.rolledBack == null)) {
			throw new PluginFailure("PSB1010", "migrate-resolve needs exactly one migration: -Dprisma.applied=NAME to record"
					+ " it as applied, or -Dprisma.rolledBack=NAME to record a failed one as rolled back.");
		}
		return withMigrations("migrate", "resolve").option("--applied", this.applied)
			.option("--rolled-back", this.rolledBack);
	}
}
