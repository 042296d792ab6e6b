package dev.prismaspring.codegen;

import java.util.Objects;

/**
 * What {@link JavaClientGenerator#run} did.
 *
 * @param settings the package and output directory used
 * @param upToDate whether the output already matched the schema, so nothing was generated
 * @param files what changed on disk (nothing when up to date)
 * @param models how many models and views the client covers
 * @param enums how many enums it covers
 */
public record GenerationReport(GeneratorSettings settings, boolean upToDate, WrittenFiles files, int models,
		int enums) {

	public GenerationReport {
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(files, "files");
	}
}
