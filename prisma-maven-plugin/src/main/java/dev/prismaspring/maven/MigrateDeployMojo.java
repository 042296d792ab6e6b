package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.prismaspring.migrate.deploy.ChecksumPolicy;

/**
 * {@code mvn prisma:migrate-deploy}: applies the pending migrations, each in its own transaction,
 * under Prisma's migration lock, as {@code prisma migrate deploy} does.
 */
@Mojo(name = "migrate-deploy", threadSafe = true)
public class MigrateDeployMojo extends AbstractMigrationsMojo {

	/**
	 * What to do when an applied migration was edited afterwards.
	 */
	@Parameter(property = "prisma.checksums", defaultValue = "FAIL")
	ChecksumPolicy checksums;

	/**
	 * For a database with tables but no history: the last migration its tables already reflect,
	 * recorded as applied without running.
	 */
	@Parameter(property = "prisma.baseline")
	String baseline;

	/**
	 * Only warn about migrations applied to the database that the folder does not have.
	 */
	@Parameter(property = "prisma.allowMissingFromFolder", defaultValue = "false")
	boolean allowMissingFromFolder;

	@Override
	CliArguments arguments() {
		return withMigrations("migrate", "deploy").option("--checksums", this.checksums)
			.option("--baseline", this.baseline)
			.flag("--allow-missing-from-folder", this.allowMissingFromFolder);
	}
}
