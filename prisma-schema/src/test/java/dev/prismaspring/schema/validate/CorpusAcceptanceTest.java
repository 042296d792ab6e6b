package dev.prismaspring.schema.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import dev.prismaspring.test.CommandResult;
import dev.prismaspring.test.PrismaOracle;
import dev.prismaspring.test.SharedFolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Every real-world schema that Prisma's engine accepts, we accept without an error. */
@Tag("oracle")
class CorpusAcceptanceTest {

	@TestFactory
	Stream<DynamicTest> everyCorpusSchemaPrismaAcceptsIsAcceptedHere() {
		PrismaOracle.assumeAvailable();
		return SharedFolder.corpus().stream().map((path) -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
	}

	private static void check(Path path) throws IOException {
		String name = path.getFileName().toString();
		var schema = PrismaSchema.validate(List.of(new SourceFile(name, Files.readString(path))));
		CommandResult prisma = PrismaOracle.run("validate", path.toString());
		if (prisma.exitCode() == 0) {
			assertThat(schema.errors()).as("errors we report for %s, which Prisma accepts:%n%s", name,
					DiagnosticPrinter.print(schema.errors())).isEmpty();
		}
	}
}
