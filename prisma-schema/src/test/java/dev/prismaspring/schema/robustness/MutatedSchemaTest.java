package dev.prismaspring.schema.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.format.SchemaFormatter;
import dev.prismaspring.test.SharedFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Feeds mutated schemas (lines deleted, swapped and duplicated; characters deleted, inserted and
 * duplicated) through validation and formatting: nothing but diagnostics may come out, and
 * formatting settles. Seeds are the repository's own schemas plus the shared corpus when present,
 * so the test runs on a fresh clone too. Every run uses the same random seed.
 */
class MutatedSchemaTest {

	private static final int MUTANTS = 12_000;

	private static final long SEED = 20261123L;

	private static final String NASTY = "{}\"@()[],:=/*\\?!.-_\0\r\t\n ÿ✓日\uD83D\uDE00";

	@Test
	void mutatedSchemasGiveDiagnosticsNeverExceptionsAndFormattingSettles() throws Exception {
		List<String> seeds = seeds();
		assertThat(seeds).as("seed schemas").hasSizeGreaterThan(100);
		Random random = new Random(SEED);
		int withoutErrors = 0;
		for (int i = 0; i < MUTANTS; i++) {
			String mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
			try {
				ValidatedSchema schema = PrismaSchema.validate(List.of(new SourceFile("mutant.prisma", mutant)));
				String once = SchemaFormatter.format(mutant, "mutant.prisma");
				if (!schema.hasErrors()) {
					withoutErrors++;
					// Prisma's own output may gain a blank line on a second run; from then on it is stable.
					String twice = SchemaFormatter.format(once, "mutant.prisma");
					assertThat(SchemaFormatter.format(twice, "mutant.prisma")).as("formatting settles for mutant %d:%n%s", i, mutant)
						.isEqualTo(twice);
				}
			}
			catch (RuntimeException ex) {
				fail("Mutant " + i + " (seed " + SEED + ") threw " + ex + "\n--- input ---\n" + mutant, ex);
			}
		}
		assertThat(withoutErrors).as("mutants that still validate, so formatting stability was checked").isPositive();
	}

	private static String mutate(String text, Random random) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		StringBuilder chars = null;
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits; e++) {
			int op = random.nextInt(6);
			if (op < 3 && lines.size() > 1) {
				int at = random.nextInt(lines.size());
				switch (op) {
					case 0 -> lines.remove(at);
					case 1 -> lines.add(random.nextInt(lines.size()), lines.get(at));
					default -> {
						int other = random.nextInt(lines.size());
						String swap = lines.get(at);
						lines.set(at, lines.get(other));
						lines.set(other, swap);
					}
				}
				continue;
			}
			if (chars == null) {
				chars = new StringBuilder(String.join("\n", lines));
				lines = null;
			}
			if (chars.length() == 0) {
				chars.append(NASTY.charAt(random.nextInt(NASTY.length())));
			}
			else {
				int at = random.nextInt(chars.length());
				switch (op) {
					case 3 -> chars.deleteCharAt(at);
					case 4 -> chars.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
					default -> chars.insert(at, chars.charAt(at));
				}
			}
			lines = new ArrayList<>(Arrays.asList(chars.toString().split("\n", -1)));
			chars = null;
		}
		return (lines != null) ? String.join("\n", lines) : chars.toString();
	}

	private static List<String> seeds() throws IOException, URISyntaxException {
		List<String> seeds = new ArrayList<>();
		for (String folder : List.of("/validation", "/format")) {
			Path root = Path.of(MutatedSchemaTest.class.getResource(folder).toURI());
			try (Stream<Path> files = Files.walk(root)) {
				files.filter((path) -> path.toString().endsWith(".prisma")).sorted().forEach((path) -> seeds.add(read(path)));
			}
		}
		SharedFolder.find().map((shared) -> shared.resolve("corpus")).filter(Files::isDirectory).ifPresent((corpus) -> {
			try (Stream<Path> files = Files.list(corpus)) {
				files.filter((path) -> path.toString().endsWith(".prisma")).sorted().forEach((path) -> seeds.add(read(path)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return seeds;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
