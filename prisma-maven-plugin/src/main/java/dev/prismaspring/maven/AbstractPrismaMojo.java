package dev.prismaspring.maven;

import java.io.File;
import java.nio.file.Path;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.EnvLookup;

/**
 * What every goal shares: the project, the schema and {@code prisma.skip}. Problems the user can
 * fix fail the goal with their message and code, never with a stack trace alone.
 */
abstract class AbstractPrismaMojo extends AbstractMojo {

	/** Where the application keeps its configuration, relative to the project's folder. */
	static final String RESOURCES = "src/main/resources";

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/**
	 * The schema: a {@code schema.prisma} file, or a folder of {@code .prisma} files.
	 */
	@Parameter(property = "prisma.schema", defaultValue = "${project.basedir}/src/main/resources/prisma/schema.prisma")
	File schema;

	/**
	 * Skip the goal.
	 */
	@Parameter(property = "prisma.skip", defaultValue = "false")
	boolean skip;

	/** Where {@code env("...")} and {@code ${...}} placeholders are read; tests replace it. */
	EnvLookup environment = EnvLookup.system();

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (this.skip) {
			getLog().info("Skipping (prisma.skip is set).");
			return;
		}
		try {
			run();
		}
		catch (PluginFailure ex) {
			throw new MojoFailureException(ex.getMessage(), ex);
		}
		catch (PrismaException ex) {
			throw new MojoFailureException(ex.code() + ": " + ex.getMessage(), ex);
		}
	}

	abstract void run() throws MojoFailureException;

	Path basedir() {
		File basedir = (this.project != null) ? this.project.getBasedir() : null;
		return (basedir != null) ? basedir.toPath() : Path.of("").toAbsolutePath();
	}

	Path schemaPath() {
		return (this.schema != null) ? absolute(this.schema) : basedir().resolve(RESOURCES + "/prisma/schema.prisma");
	}

	/** @return the file, resolved against the project's folder when relative */
	Path absolute(File file) {
		return basedir().resolve(file.toPath()).normalize();
	}

	ApplicationProperties applicationProperties() {
		return ApplicationProperties.load(basedir().resolve(RESOURCES), this.environment);
	}

	/** Fails when the schema is missing, for goals that cannot work without one. */
	void requireSchema() {
		if (!schemaPath().toFile().exists()) {
			throw new PluginFailure("PSB1001", "No schema at " + schemaPath() + ". Create one with `mvn prisma:init`,"
					+ " or point the schema parameter (-Dprisma.schema) at yours.");
		}
	}
}
