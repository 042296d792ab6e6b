package dev.prismaspring.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.PrismaException;

/**
 * A source root holding a generated client, with a manifest ({@value #MANIFEST}) of the files
 * the last generation wrote and the hash of its input. The manifest is how files of models that
 * were removed get deleted without touching anything else in the directory, and how a build tool
 * tells that the schema has not changed.
 */
final class OutputDirectory {

	static final String MANIFEST = ".prisma-client-java";

	private static final String HASH_PREFIX = "# input ";

	private final Path root;

	OutputDirectory(Path root) {
		this.root = root;
	}

	WrittenFiles write(List<GeneratedFile> files, String inputHash) {
		List<Path> written = new ArrayList<>();
		List<Path> unchanged = new ArrayList<>();
		List<Path> deleted = new ArrayList<>();
		Set<String> paths = new LinkedHashSet<>();
		try {
			for (GeneratedFile file : files) {
				paths.add(file.path());
				Path target = this.root.resolve(file.path());
				byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
				if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
					unchanged.add(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				Files.write(target, content);
				written.add(target);
			}
			for (String previous : manifestPaths()) {
				if (!paths.contains(previous)) {
					Path stale = this.root.resolve(previous);
					if (Files.deleteIfExists(stale)) {
						deleted.add(stale);
					}
				}
			}
			StringBuilder manifest = new StringBuilder("# Files written by prisma-client-java; do not edit.\n");
			if (inputHash != null) {
				manifest.append(HASH_PREFIX).append(inputHash).append('\n');
			}
			paths.forEach((path) -> manifest.append(path).append('\n'));
			Files.createDirectories(this.root);
			Files.writeString(this.root.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new PrismaException("PSB4002", "Could not write the generated client to " + this.root + ": " + ex
					+ ". Check that the directory is writable.", ex);
		}
		return new WrittenFiles(written, unchanged, deleted);
	}

	boolean isUpToDate(String inputHash) {
		Path manifest = this.root.resolve(MANIFEST);
		if (!Files.isRegularFile(manifest)) {
			return false;
		}
		try {
			List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
			if (lines.stream().noneMatch((line) -> line.equals(HASH_PREFIX + inputHash))) {
				return false;
			}
			for (String path : manifestPaths()) {
				if (!Files.isRegularFile(this.root.resolve(path))) {
					return false;
				}
			}
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private List<String> manifestPaths() throws IOException {
		Path manifest = this.root.resolve(MANIFEST);
		if (!Files.isRegularFile(manifest)) {
			return List.of();
		}
		List<String> paths = new ArrayList<>();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			// Only plain relative .java paths: a tampered manifest must not delete anything else.
			if (!line.startsWith("#") && line.endsWith(".java") && !line.contains("..") && !line.startsWith("/")
					&& !line.contains("\\")) {
				paths.add(line);
			}
		}
		return paths;
	}
}
