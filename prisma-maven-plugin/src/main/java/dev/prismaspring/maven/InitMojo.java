package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn prisma:init}: creates a starting {@code schema.prisma} in the schema's folder
 * ({@code src/main/resources/prisma} by default) and an empty migrations folder beside it, as
 * {@code prisma init} does. Changes nothing when a schema is already there.
 */
@Mojo(name = "init", requiresProject = true, threadSafe = true)
public class InitMojo extends AbstractCommandMojo {

	@Override
	CliArguments arguments() {
		return new CliArguments("init").option("--dir", schemaPath().toAbsolutePath().getParent());
	}

	@Override
	void succeeded() {
		getLog().info("With Maven: add models, then run `mvn prisma:migrate-dev -Dprisma.name=init`.");
	}
}
