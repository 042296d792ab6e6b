package dev.prismaspring.schema.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the golden validation files in the source tree, so the update flag can rewrite them. */
final class GoldenFiles {

	private static final Path RESOURCES = Path.of("src", "test", "resources", "validation");

	private GoldenFiles() {
	}

	static Path directory() {
		Path here = Path.of("").toAbsolutePath();
		// Surefire runs in the module directory; an IDE may run from the repository root.
		for (Path candidate : List.of(here.resolve(RESOURCES), here.resolve("prisma-schema").resolve(RESOURCES))) {
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("Golden validation files not found under " + here.resolve(RESOURCES));
	}

	static List<GoldenFile> all() {
		Path root = directory();
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.getFileName().toString().endsWith(".prisma"))
				.sorted()
				.map((path) -> GoldenFile.read(path, root.relativize(path).toString().replace('\\', '/')))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
