package dev.prismaspring.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that works on a database and the migrations folder, under Prisma's migration lock.
 */
abstract class AbstractMigrationsMojo extends AbstractDatabaseMojo {

	/**
	 * The migrations folder.
	 */
	@Parameter(property = "prisma.migrations", defaultValue = "${project.basedir}/src/main/resources/prisma/migrations")
	File migrations;

	/**
	 * How long to wait, in seconds, for another migration to release the migration lock.
	 */
	@Parameter(property = "prisma.lockWait", defaultValue = "10")
	int lockWait = 10;

	Path migrationsFolder() {
		return (this.migrations != null) ? absolute(this.migrations) : basedir().resolve(RESOURCES + "/prisma/migrations");
	}

	/** @return the command with {@code --schema}, {@code --url}, {@code --migrations} and {@code --lock-wait} */
	CliArguments withMigrations(String... command) {
		return withDatabase(command).option("--migrations", migrationsFolder()).option("--lock-wait", this.lockWait);
	}
}
