package dev.prismaspring.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.prismaspring.codegen.GenerationReport;
import dev.prismaspring.codegen.GeneratorSettings;
import dev.prismaspring.codegen.JavaClientGenerator;
import dev.prismaspring.schema.url.EnvLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code prisma generate}: writes the schema's typed Java client. Package and output come from
 * the options, else from the schema's {@code prisma-client-java} generator block, else the
 * defaults; nothing is written when the output already holds the client of this schema.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Generate the typed Java client (records, repositories, builders) from the Prisma schema.")
final class GenerateCommand implements Callable<Integer> {

	@Mixin
	SchemaOption schemaOption;

	@Option(names = "--output", paramLabel = "DIR",
			description = "The source root to write to. Default: the generator block's output (relative to the schema"
					+ " file), else " + GeneratorSettings.DEFAULT_OUTPUT + ".")
	Path output;

	@Option(names = "--package", paramLabel = "PACKAGE",
			description = "The Java package. Default: the generator block's package, else "
					+ GeneratorSettings.DEFAULT_PACKAGE + ".")
	String packageName;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Path location = this.schemaOption.resolve();
		GenerationReport report = JavaClientGenerator.run(location, this.packageName, this.output, EnvLookup.system());
		GeneratorSettings settings = report.settings();
		if (report.upToDate()) {
			this.spec.commandLine()
				.getOut()
				.println("The Java client in " + settings.outputDirectory() + " is up to date with " + location + ".");
			return 0;
		}
		this.spec.commandLine()
			.getOut()
			.println("Generated the Java client of " + location + " (" + report.models() + " models, " + report.enums()
					+ " enums) to " + settings.outputDirectory() + " in package " + settings.packageName() + ": "
					+ report.files().written().size() + " files written, " + report.files().unchanged().size()
					+ " unchanged, " + report.files().deleted().size() + " removed " + Terminal.green("✔"));
		return 0;
	}
}
