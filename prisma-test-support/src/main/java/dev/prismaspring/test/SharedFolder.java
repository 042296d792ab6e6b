package dev.prismaspring.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The workspace's {@code shared} folder, {@code ../shared} beside the repository, that holds
 * the Prisma oracle and the corpus of real-world schemas. It is not part of the repository, so
 * tests that need it skip (through JUnit assumptions) where it is absent, and a fresh clone
 * still passes.
 *
 * <p>The repository root is found by walking up from the working directory to the first
 * directory holding {@code .git} or the parent POM ({@code prisma-spring-boot-parent}). The
 * system property {@value #DIRECTORY_PROPERTY} names the shared folder directly.
 */
public final class SharedFolder {

	/**
	 * System property that names the shared folder, overriding {@code ../shared}.
	 */
	public static final String DIRECTORY_PROPERTY = "prisma.shared.dir";

	private static final String PARENT_ARTIFACT_ID = "prisma-spring-boot-parent";

	private static final Pattern PARENT_ELEMENT = Pattern.compile("<parent>.*?</parent>", Pattern.DOTALL);

	private SharedFolder() {
	}

	/**
	 * Find the shared folder without skipping anything.
	 * @return the folder, or empty when it does not exist
	 */
	public static Optional<Path> find() {
		return Optional.of(expectedLocation()).filter(Files::isDirectory);
	}

	/**
	 * Return the shared folder, or skip the calling test when it is absent.
	 * @return the folder
	 */
	public static Path require() {
		Path location = expectedLocation();
		Assumptions.assumeTrue(Files.isDirectory(location),
				() -> "../shared not found (looked for " + location + "); compatibility tests need it");
		return location;
	}

	/**
	 * Return a path inside the shared folder, or skip the calling test when it is absent.
	 * @param relativePath e.g. {@code prisma-oracle/catalog.sql}
	 * @return the existing file or folder
	 */
	public static Path require(String relativePath) {
		Path location = expectedLocation().resolve(relativePath);
		Assumptions.assumeTrue(Files.exists(location),
				() -> "../shared/" + relativePath + " not found (looked for " + location + ")");
		return location;
	}

	/**
	 * List the corpus of real-world schemas, {@code ../shared/corpus/*.prisma}, sorted by file
	 * name, or skip the calling test when there is none.
	 * @return the schema files
	 */
	public static List<Path> corpus() {
		Path corpus = require("corpus");
		try (Stream<Path> files = Files.list(corpus)) {
			List<Path> schemas = files.filter((file) -> file.getFileName().toString().endsWith(".prisma"))
				.filter(Files::isRegularFile)
				.sorted()
				.collect(Collectors.toList());
			Assumptions.assumeFalse(schemas.isEmpty(), () -> "../shared/corpus holds no .prisma files (" + corpus + ")");
			return schemas;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + corpus, ex);
		}
	}

	/**
	 * Return the repository root: the nearest directory, from the working directory upwards,
	 * that holds {@code .git} or the project's parent POM.
	 * @return the root
	 * @throws IllegalStateException when the working directory is outside the repository
	 */
	public static Path repositoryRoot() {
		Path start = workingDirectory();
		return findRepositoryRoot(start).orElseThrow(() -> new IllegalStateException("No repository root above " + start
				+ ": run from inside the repository or set -D" + DIRECTORY_PROPERTY + "=<shared folder>"));
	}

	static Optional<Path> findRepositoryRoot(Path start) {
		for (Path directory = start.toAbsolutePath().normalize(); directory != null; directory = directory.getParent()) {
			if (Files.exists(directory.resolve(".git")) || isParentPom(directory.resolve("pom.xml"))) {
				return Optional.of(directory);
			}
		}
		return Optional.empty();
	}

	private static boolean isParentPom(Path pom) {
		if (!Files.isRegularFile(pom)) {
			return false;
		}
		try {
			// A module's POM names the parent's artifactId inside <parent>; only the project's own counts.
			String text = PARENT_ELEMENT.matcher(Files.readString(pom, StandardCharsets.UTF_8)).replaceFirst("");
			return text.contains("<artifactId>" + PARENT_ARTIFACT_ID + "</artifactId>");
		}
		catch (IOException ex) {
			return false;
		}
	}

	static Path expectedLocation() {
		String configured = System.getProperty(DIRECTORY_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured.trim()).toAbsolutePath().normalize();
		}
		return findRepositoryRoot(workingDirectory()).map((root) -> root.resolveSibling("shared"))
			.orElseGet(() -> workingDirectory().resolve("../shared").normalize());
	}

	private static Path workingDirectory() {
		return Path.of("").toAbsolutePath();
	}

}
