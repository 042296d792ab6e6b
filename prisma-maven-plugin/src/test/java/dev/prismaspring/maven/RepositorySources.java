package dev.prismaspring.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's Java sources, read once, to tell whether a system property a document names
 * (e.g. {@code -Dprisma.test.database.url}) is read by some class.
 */
final class RepositorySources {

	private final Path root;

	private List<String> texts;

	RepositorySources(Path root) {
		this.root = root;
	}

	/** @return whether a Java source under a module's {@code src} folder names the property in quotes */
	boolean reads(String property) {
		String quoted = "\"" + property + "\"";
		return texts().stream().anyMatch((text) -> text.contains(quoted));
	}

	private synchronized List<String> texts() {
		if (this.texts == null) {
			try (Stream<Path> files = Files.walk(this.root)) {
				this.texts = files
					.filter((path) -> path.toString().endsWith(".java") && path.toString().contains("/src/")
							&& !path.toString().contains("/target/"))
					.map(RepositorySources::read)
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.texts;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
