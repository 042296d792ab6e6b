package dev.prismaspring.maven;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.logging.Log;

import dev.prismaspring.codegen.GeneratorSettings;
import dev.prismaspring.codegen.JavaClientGenerator;
import dev.prismaspring.codegen.WrittenFiles;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.model.Generator;
import dev.prismaspring.schema.url.EnvLookup;

/**
 * Generates the typed client of a schema, unless the last generation had the same input.
 *
 * @param schema the schema file or folder
 * @param packageName the package, or {@code null} for the schema's (default {@code prisma.client})
 * @param outputDirectory the source root, or {@code null} for the schema's {@code output}, else
 * {@code defaultOutput}
 * @param defaultOutput the source root when neither names one
 * @param environment where {@code env("...")} in generator blocks is read
 */
record ClientGeneration(Path schema, String packageName, Path outputDirectory, Path defaultOutput,
		EnvLookup environment) {

	/** @return the source root the client is in */
	Path run(Log log) {
		List<SourceFile> files = SchemaFiles.load(this.schema);
		ValidatedSchema validated = PrismaSchema.validate(files);
		if (validated.hasErrors()) {
			throw new PluginFailure(Diagnostic.SCHEMA_VALIDATION, "The schema at " + this.schema
					+ " is invalid; fix these errors and build again:\n" + DiagnosticPrinter.print(validated.errors()));
		}
		if (!validated.warnings().isEmpty()) {
			DiagnosticPrinter.print(validated.warnings()).lines().forEach(log::warn);
		}
		Datamodel datamodel = validated.datamodel();
		GeneratorSettings settings = settings(datamodel);
		String hash = JavaClientGenerator.inputHash(files, settings);
		if (JavaClientGenerator.isUpToDate(settings, hash)) {
			log.info("The Prisma client in " + settings.outputDirectory() + " is up to date.");
			return settings.outputDirectory();
		}
		WrittenFiles written = JavaClientGenerator.write(JavaClientGenerator.generate(datamodel, settings), settings, hash);
		log.info("Generated the Prisma client (package " + settings.packageName() + ") in " + settings.outputDirectory()
				+ ": " + written.written().size() + " written, " + written.unchanged().size() + " unchanged, "
				+ written.deleted().size() + " deleted.");
		return settings.outputDirectory();
	}

	private GeneratorSettings settings(Datamodel datamodel) {
		GeneratorSettings settings = GeneratorSettings.fromSchema(datamodel, this.schema, this.environment);
		if (this.packageName != null && !this.packageName.isBlank()) {
			settings = settings.withPackageName(this.packageName.strip());
		}
		if (this.outputDirectory != null) {
			return settings.withOutputDirectory(this.outputDirectory);
		}
		boolean schemaNamesOutput = GeneratorSettings.generator(datamodel, this.environment)
			.map(Generator::output)
			.flatMap((output) -> output.resolve(this.environment))
			.isPresent();
		return schemaNamesOutput ? settings : settings.withOutputDirectory(this.defaultOutput);
	}
}
