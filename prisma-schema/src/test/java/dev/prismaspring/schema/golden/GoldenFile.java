package dev.prismaspring.schema.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.prismaspring.schema.diagnostics.Diagnostic;

/**
 * One golden validation file: a schema followed, after one empty line, by the expected block.
 *
 * <p>The expected block has one comment line per diagnostic, in the order Prisma reports them:
 * {@code // error LINE:COLUMN message} or {@code // warning LINE:COLUMN message}, with line breaks
 * inside a message written as a literal {@code \n}; a schema without diagnostics has the single
 * line {@code // valid}. The block comes after every schema line so line numbers in it stay right.
 * A first line starting with {@code // oracle: differs} marks a file whose expectation is ours on
 * purpose (Prisma 6 behaviour that Prisma 7 dropped), so the oracle is not asked about it.
 */
record GoldenFile(Path path, String name, String schema, List<String> expected) {

	static final String VALID = "// valid";

	private static final Pattern EXPECTED_LINE = Pattern.compile("// (valid|error |warning ).*");

	private static final String DIFFERS = "// oracle: differs";

	static GoldenFile read(Path path, String name) {
		String content;
		try {
			content = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parse(path, name, content);
	}

	static GoldenFile parse(Path path, String name, String content) {
		List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
		int end = lines.size();
		if (end > 0 && lines.get(end - 1).isEmpty()) {
			end--;
		}
		int start = end;
		while (start > 0 && EXPECTED_LINE.matcher(lines.get(start - 1)).matches()) {
			start--;
		}
		if (start < end && start > 0 && lines.get(start - 1).isEmpty()) {
			String schema = String.join("\n", lines.subList(0, start - 1)) + "\n";
			return new GoldenFile(path, name, schema, List.copyOf(lines.subList(start, end)));
		}
		// No expected block yet: the whole file is the schema.
		return new GoldenFile(path, name, content, List.of());
	}

	boolean hasExpectedBlock() {
		return !this.expected.isEmpty();
	}

	boolean oracleDiffers() {
		return this.schema.lines().limit(3).anyMatch((line) -> line.startsWith(DIFFERS));
	}

	/** @return the schema followed by the given expected block, as the file should read */
	String withBlock(List<String> block) {
		return this.schema + "\n" + String.join("\n", block) + "\n";
	}

	void rewrite(List<String> block) {
		try {
			Files.writeString(this.path, withBlock(block), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the diagnostics as expected-block lines, or {@code // valid} when there are none */
	static List<String> render(List<Diagnostic> diagnostics) {
		if (diagnostics.isEmpty()) {
			return List.of(VALID);
		}
		return diagnostics.stream().map(GoldenFile::render).toList();
	}

	static String render(Diagnostic diagnostic) {
		return "// " + diagnostic.severity().name().toLowerCase(Locale.ROOT) + " " + diagnostic.span().line() + ":"
				+ diagnostic.span().column() + " " + diagnostic.message().replace("\r\n", "\n").replace("\n", "\\n");
	}

	@Override
	public String toString() {
		return this.name;
	}
}
