package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:format}: rewrites the schema files as {@code prisma format} does, or with
 * {@code -Dprisma.check} only checks that they are formatted.
 */
@Mojo(name = "format", threadSafe = true)
public class FormatMojo extends AbstractCommandMojo {

	/**
	 * Change nothing; fail and name the files that are not formatted.
	 */
	@Parameter(property = "prisma.check", defaultValue = "false")
	boolean check;

	@Override
	CliArguments arguments() {
		requireSchema();
		return withSchema("format").flag("--check", this.check);
	}
}
