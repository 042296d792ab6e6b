package dev.prismaspring.schema.format;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden pairs under {@code src/test/resources/format}: {@code name.prisma} is the input and
 * {@code name.formatted.prisma} what {@code prisma format} prints for it. With
 * {@code -Dprisma.golden.update=true} the expected files are rewritten from our output.
 */
class FormatGoldenTest {

	private static final String SUFFIX = ".formatted.prisma";

	@TestFactory
	Stream<DynamicTest> everyGoldenPairFormatsAsExpected() throws IOException, URISyntaxException {
		Path root = Path.of(getClass().getResource("/format").toURI());
		List<Path> inputs;
		try (Stream<Path> files = Files.list(root)) {
			inputs = files.filter((path) -> path.toString().endsWith(".prisma") && !path.toString().endsWith(SUFFIX))
				.sorted()
				.toList();
		}
		assertThat(inputs).as("golden format inputs").hasSizeGreaterThanOrEqualTo(30);
		return inputs.stream().map((input) -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
	}

	private static void check(Path input) throws IOException {
		String name = input.getFileName().toString();
		Path expectedPath = input.resolveSibling(name.replace(".prisma", SUFFIX));
		String actual = SchemaFormatter.format(Files.readString(input), name);
		if (Boolean.getBoolean("prisma.golden.update")) {
			Files.writeString(sourceFile(expectedPath), actual);
			return;
		}
		String expected = Files.readString(expectedPath);
		if (!expected.equals(actual)) {
			fail(name + " formats differently from the expected file\n" + LineDiff.unified(expected, actual));
		}
		// Prisma itself adds a blank line on a second run after "} model B {" or "} // comment", and
		// we match Prisma byte for byte; from the second run on, formatting must change nothing.
		String twice = SchemaFormatter.format(actual, name);
		assertThat(SchemaFormatter.format(twice, name)).as("formatting a third time").isEqualTo(twice);
	}

	// target/test-classes/format/x -> src/test/resources/format/x
	private static Path sourceFile(Path compiled) {
		return Path.of("src/test/resources/format").resolve(compiled.getFileName().toString());
	}
}
