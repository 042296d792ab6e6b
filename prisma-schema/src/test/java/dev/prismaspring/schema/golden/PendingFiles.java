package dev.prismaspring.schema.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Golden files the validator does not handle yet, listed in {@code validation/pending.txt} (one
 * relative path a line, {@code #} comments). A pending file that disagrees is reported as skipped
 * with its diff instead of failing the build; one that agrees passes, and should then be taken off
 * the list. {@code -Dprisma.golden.pending=ignore} treats every file as due, to see the whole gap.
 */
final class PendingFiles {

	static final String PROPERTY = "prisma.golden.pending";

	private final Set<String> names;

	private PendingFiles(Set<String> names) {
		this.names = names;
	}

	static PendingFiles load() {
		if ("ignore".equals(System.getProperty(PROPERTY))) {
			return new PendingFiles(Set.of());
		}
		Path list = GoldenFiles.directory().resolve("pending.txt");
		if (!Files.isRegularFile(list)) {
			return new PendingFiles(Set.of());
		}
		try {
			return new PendingFiles(Files.readAllLines(list, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean contains(GoldenFile golden) {
		return this.names.contains(golden.name());
	}
}
