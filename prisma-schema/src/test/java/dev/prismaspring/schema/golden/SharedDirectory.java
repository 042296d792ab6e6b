package dev.prismaspring.schema.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds {@code ../shared} beside the repository: the system property {@code prisma.shared.dir}
 * wins; otherwise walk up from the working directory to the folder whose {@code pom.xml} is the
 * parent project, and take its sibling {@code shared}.
 */
final class SharedDirectory {

	static final String PROPERTY = "prisma.shared.dir";

	private static final Pattern PARENT_BLOCK = Pattern.compile("<parent>.*?</parent>", Pattern.DOTALL);

	private static final String PARENT_ARTIFACT = "<artifactId>prisma-spring-boot-parent</artifactId>";

	private SharedDirectory() {
	}

	static Optional<Path> find() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured).toAbsolutePath().normalize();
			return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
		}
		return repositoryRoot().map((root) -> root.resolve("..").resolve("shared").normalize())
			.filter(Files::isDirectory);
	}

	static Optional<Path> repositoryRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path pom = dir.resolve("pom.xml");
			if (Files.isRegularFile(pom) && isParentPom(pom)) {
				return Optional.of(dir);
			}
		}
		return Optional.empty();
	}

	private static boolean isParentPom(Path pom) {
		try {
			// A module's <parent> names the parent too; only the project's own artifactId counts.
			String own = PARENT_BLOCK.matcher(Files.readString(pom)).replaceAll("");
			return own.contains(PARENT_ARTIFACT);
		}
		catch (IOException ex) {
			return false;
		}
	}
}
