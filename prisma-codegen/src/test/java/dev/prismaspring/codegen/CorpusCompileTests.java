package dev.prismaspring.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.test.SharedFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every corpus schema our validator accepts, the generated client compiles with
 * {@code -Xlint:all -Werror} and without a single diagnostic (checked through flow analysis; see
 * {@link InProcessCompiler#check}).
 */
class CorpusCompileTests {

	@TestFactory
	Stream<DynamicTest> theGeneratedClientOfEveryCorpusSchemaCompilesWithoutWarnings() {
		return SharedFolder.corpus()
			.stream()
			.map((path) -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
	}

	private static void check(Path path) throws IOException {
		ValidatedSchema schema = PrismaSchema
			.validate(List.of(new SourceFile(path.getFileName().toString(), Files.readString(path))));
		Assumptions.assumeFalse(schema.hasErrors(), "our validator refuses the schema");
		List<GeneratedFile> files = JavaClientGenerator.generate(schema.datamodel(),
				new GeneratorSettings(GeneratorSettings.DEFAULT_PACKAGE, Path.of("unused")));
		assertThat(InProcessCompiler.check(files))
			.as("diagnostics compiling the %d files generated for %s", files.size(), path.getFileName())
			.isEmpty();
	}
}
