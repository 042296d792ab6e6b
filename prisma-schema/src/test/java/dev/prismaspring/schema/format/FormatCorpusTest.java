package dev.prismaspring.schema.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import dev.prismaspring.test.CommandResult;
import dev.prismaspring.test.PrismaOracle;
import dev.prismaspring.test.SharedFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real-world schema of the shared corpus formats byte for byte as {@code prisma format}
 * formats it, and formatting our output again changes nothing.
 */
@Tag("oracle")
class FormatCorpusTest {

	@TestFactory
	Stream<DynamicTest> everyCorpusSchemaFormatsAsPrismaFormatsIt() {
		PrismaOracle.assumeAvailable();
		return SharedFolder.corpus().stream().map((path) -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
	}

	private static void check(Path path) throws IOException {
		String name = path.getFileName().toString();
		CommandResult prisma = PrismaOracle.run("format", path.toString());
		assertThat(prisma.exitCode()).as("oracle format exit code for %s: %s", name, prisma.stderr()).isZero();
		String ours = SchemaFormatter.format(Files.readString(path), name);
		assertThat(ours).as("formatted %s", name).isEqualTo(prisma.stdout());
		assertThat(SchemaFormatter.format(ours, name)).as("formatting %s twice", name).isEqualTo(ours);
	}
}
