package dev.prismaspring.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:lint}: flags statements in the migrations that take heavy locks or rewrite big
 * tables, each with the safer recipe ({@code prisma migrate lint}). Fails when a statement would
 * fail when deployed.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractCommandMojo {

	/**
	 * The migrations folder whose migrations are checked.
	 */
	@Parameter(property = "prisma.migrations", defaultValue = "${project.basedir}/src/main/resources/prisma/migrations")
	File migrations;

	/**
	 * SQL scripts to check instead of the migrations folder.
	 */
	@Parameter(property = "prisma.files")
	List<File> files;

	@Override
	CliArguments arguments() {
		Path folder = (this.migrations != null) ? absolute(this.migrations)
				: basedir().resolve(RESOURCES + "/prisma/migrations");
		CliArguments arguments = withSchema("migrate", "lint").option("--migrations", folder);
		if (this.files != null) {
			this.files.forEach((script) -> arguments.positional(absolute(script)));
		}
		return arguments;
	}
}
