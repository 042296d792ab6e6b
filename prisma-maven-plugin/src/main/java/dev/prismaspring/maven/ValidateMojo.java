package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code mvn prisma:validate}: checks the schema as {@code prisma validate} does; an invalid schema
 * fails the build with its diagnostics (code {@code P1012}).
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractCommandMojo {

	@Override
	CliArguments arguments() {
		requireSchema();
		return withSchema("validate");
	}
}
