package dev.prismaspring.schema.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.prismaspring.test.SharedFolder;

/**
 * The schemas the fuzzer mutates: this module's test resources, plus the shared corpus of real
 * schemas when the checkout has one. Sorted, so a seed always gives the same inputs.
 */
final class SeedSchemas {

	private SeedSchemas() {
	}

	static List<String> load() {
		List<String> seeds = new ArrayList<>();
		for (String folder : List.of("/validation", "/format")) {
			try {
				addAll(Path.of(SeedSchemas.class.getResource(folder).toURI()), seeds);
			}
			catch (URISyntaxException ex) {
				throw new IllegalStateException(ex);
			}
		}
		SharedFolder.find()
			.map((shared) -> shared.resolve("corpus"))
			.filter(Files::isDirectory)
			.ifPresent((corpus) -> addAll(corpus, seeds));
		return seeds;
	}

	private static void addAll(Path root, List<String> seeds) {
		try (Stream<Path> files = Files.walk(root)) {
			files.filter((path) -> path.toString().endsWith(".prisma")).sorted().forEach((path) -> seeds.add(read(path)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
