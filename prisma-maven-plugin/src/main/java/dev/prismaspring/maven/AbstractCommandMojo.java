package dev.prismaspring.maven;

import org.apache.maven.plugin.MojoFailureException;

/**
 * A goal that runs one command of the CLI with arguments gathered from its parameters.
 */
abstract class AbstractCommandMojo extends AbstractPrismaMojo {

	@Override
	final void run() throws MojoFailureException {
		CliRunner.run(arguments(), getLog());
		succeeded();
	}

	/** @return the command line, every path absolute (the CLI resolves relative ones against the working directory) */
	abstract CliArguments arguments();

	/** Called after the command succeeded. */
	void succeeded() {
	}

	/** @return the command with {@code --schema}, when the schema exists */
	CliArguments withSchema(String... command) {
		return new CliArguments(command).option("--schema", schemaPath().toFile().exists() ? schemaPath() : null);
	}
}
