package dev.prismaspring.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The commands a Markdown file shows a reader, in the order they appear: every line of a
 * {@code bash}/{@code shell}/{@code sh} code block, and every inline code span that is a command
 * ({@code mvn ...}, {@code java -jar prisma-cli.jar ...}, {@code prisma ...}, or a bare
 * {@code migrate ...}/{@code db ...} as the reference tables write them). Schema blocks
 * ({@code prisma}) come in the same list, so a walk through a guide sees the schema as the reader
 * has written it by then.
 */
final class DocumentedCommands {

	private static final Pattern FENCE = Pattern.compile("^```\\s*([\\w-]*)\\s*$");

	private static final Pattern INLINE = Pattern.compile("`([^`]+)`");

	private static final List<String> SHELL = List.of("bash", "shell", "sh", "console");

	private DocumentedCommands() {
	}

	/**
	 * One thing the reader is shown: a command line, or a schema block.
	 * @param fenced whether it stands in a code block, to be run as written, rather than in a
	 * sentence or a table, where it may name a command without all its arguments
	 */
	record Entry(Path file, int line, Kind kind, String text, boolean fenced) {

		List<String> words() {
			return List.of(this.text.trim().split("\\s+"));
		}

		@Override
		public String toString() {
			return this.file.getFileName() + ":" + this.line + ": " + this.text;
		}

	}

	enum Kind {

		/** A {@code mvn} command line. */
		MAVEN,

		/** A command of this project's CLI, with or without {@code java -jar prisma-cli.jar}. */
		CLI,

		/** Another command of a shell block (e.g. {@code curl}); not checked. */
		OTHER,

		/** A {@code mvn} property written alone, e.g. {@code -Dprisma.acceptDataLoss}. */
		PROPERTY,

		/** The text of a {@code prisma} code block. */
		SCHEMA

	}

	/** @return the Markdown files of the repository whose commands are checked */
	static List<Path> documents(Path root) {
		List<Path> files = new ArrayList<>();
		files.add(root.resolve("README.md"));
		files.add(root.resolve("prisma-maven-plugin/README.md"));
		try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files.stream().filter(Files::isRegularFile).toList();
	}

	static List<Entry> in(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Entry> entries = new ArrayList<>();
		String fence = null;
		int fenceLine = 0;
		StringBuilder block = new StringBuilder();
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index);
			Matcher opening = FENCE.matcher(line);
			if (fence == null && opening.matches()) {
				fence = opening.group(1);
				fenceLine = index + 1;
				block.setLength(0);
				continue;
			}
			if (fence != null && line.trim().equals("```")) {
				if (fence.equals("prisma")) {
					entries.add(new Entry(file, fenceLine, Kind.SCHEMA, block.toString(), true));
				}
				else if (SHELL.contains(fence)) {
					shellLines(file, fenceLine, block.toString(), entries);
				}
				fence = null;
				continue;
			}
			if (fence != null) {
				block.append(line).append('\n');
				continue;
			}
			Matcher span = INLINE.matcher(line);
			while (span.find()) {
				Kind kind = inlineKind(span.group(1));
				if (kind != null) {
					entries.add(new Entry(file, index + 1, kind, span.group(1), false));
				}
			}
		}
		return entries;
	}

	private static void shellLines(Path file, int fenceLine, String block, List<Entry> entries) {
		String[] lines = block.replace("\\\n", " ").split("\n");
		for (String line : lines) {
			String command = line.trim();
			if (command.startsWith("$ ")) {
				command = command.substring(2);
			}
			if (command.isEmpty() || command.startsWith("#")) {
				continue;
			}
			Kind kind = commandKind(command);
			entries.add(new Entry(file, fenceLine, (kind != null) ? kind : Kind.OTHER, command, true));
		}
	}

	private static Kind inlineKind(String span) {
		if (span.startsWith("-Dprisma.")) {
			return Kind.PROPERTY;
		}
		return commandKind(span);
	}

	private static Kind commandKind(String command) {
		if (command.startsWith("mvn ") || command.matches("prisma:[a-z-]+( .*)?")) {
			return Kind.MAVEN;
		}
		if (command.startsWith("java -jar prisma-cli.jar") || command.startsWith("prisma ")
				|| command.matches("(migrate|db) [a-z].*")) {
			return Kind.CLI;
		}
		return null;
	}

}
