package dev.prismaspring.schema.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Turns a seed schema into a hostile one: characters flipped, deleted and duplicated, lines
 * spliced in from other schemas, odd Unicode (NUL, lone surrogates, direction marks, BOM),
 * very long identifiers and strings, deep nesting, and strings, comments and blocks left open.
 */
final class SchemaMutator {

	private static final String[] ODD = { "\0", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u202E", "\u200F", "\u200E",
			"\u2066", "\uFEFF", "\u00A0", "\u2028", "\u2029", "\r", "\r\n", "\t", "\u000B", "\f", "\u0085", "\uFFFF",
			"\uFFFE", "日本", "\uD83D\uDE00", "e\u0301", "\u0000\u0000", "\\", "\\u0000", "\\\"", "\"", "'", "`" };

	private static final String SYNTAX = "{}()[]\"@,:=/*\\?!.-_#\n \t";

	private static final String[] OPENERS = { "\"", "/*", "{", "(", "[", "@relation(", "model X {", "enum E {",
			"datasource db {", "@default(\"", "///", "//", "@@index([" };

	private final List<String> seeds;

	private final Random random;

	SchemaMutator(List<String> seeds, Random random) {
		this.seeds = seeds;
		this.random = random;
	}

	String next() {
		String seed = pickSeed();
		StringBuilder text = new StringBuilder(this.random.nextInt(4) == 0 ? seed : window(seed));
		int edits = 1 + this.random.nextInt(4);
		for (int i = 0; i < edits; i++) {
			mutate(text);
		}
		return text.toString();
	}

	private String pickSeed() {
		return this.seeds.get(this.random.nextInt(this.seeds.size()));
	}

	private void mutate(StringBuilder text) {
		if (text.length() == 0) {
			text.append(ODD[this.random.nextInt(ODD.length)]);
			return;
		}
		int at = this.random.nextInt(text.length() + 1);
		switch (this.random.nextInt(12)) {
			case 0 -> flipBit(text);
			case 1 -> replaceChar(text);
			case 2 -> text.delete(at, Math.min(text.length(), at + 1 + this.random.nextInt(64)));
			case 3 -> duplicate(text, at);
			case 4 -> text.insert(at, linesOf(pickSeed()));
			case 5 -> text.insert(at, ODD[this.random.nextInt(ODD.length)]);
			case 6 -> text.insert(at, longWord());
			case 7 -> text.insert(at, "\"" + longWord() + (this.random.nextBoolean() ? "\"" : ""));
			case 8 -> text.insert(at, nesting());
			case 9 -> text.setLength(at);
			case 10 -> text.insert(at, OPENERS[this.random.nextInt(OPENERS.length)]);
			default -> text.insert(at, randomChars(1 + this.random.nextInt(16)));
		}
	}

	private void flipBit(StringBuilder text) {
		int at = this.random.nextInt(text.length());
		text.setCharAt(at, (char) (text.charAt(at) ^ (1 << this.random.nextInt(16))));
	}

	private void replaceChar(StringBuilder text) {
		int at = this.random.nextInt(text.length());
		text.setCharAt(at, SYNTAX.charAt(this.random.nextInt(SYNTAX.length())));
	}

	private void duplicate(StringBuilder text, int at) {
		int end = Math.min(text.length(), at + 1 + this.random.nextInt(200));
		text.insert(at, text.substring(at, end));
	}

	// Up to a few blocks of a schema: small inputs, so a run tries many of them.
	private String window(String seed) {
		String[] lines = seed.split("\n", -1);
		int from = this.random.nextInt(lines.length);
		int to = Math.min(lines.length, from + 1 + this.random.nextInt(60));
		return String.join("\n", Arrays.asList(lines).subList(from, to)) + "\n";
	}

	// A few consecutive lines of another schema.
	private String linesOf(String seed) {
		String[] lines = seed.split("\n", -1);
		int from = this.random.nextInt(lines.length);
		int to = Math.min(lines.length, from + 1 + this.random.nextInt(8));
		return String.join("\n", Arrays.asList(lines).subList(from, to)) + "\n";
	}

	private String longWord() {
		int length = (this.random.nextInt(50) == 0) ? 100_000 + this.random.nextInt(100_000) : 256 + this.random.nextInt(4096);
		return String.valueOf((char) ('a' + this.random.nextInt(26))).repeat(length);
	}

	private String nesting() {
		int depth = (this.random.nextInt(50) == 0) ? 5_000 + this.random.nextInt(20_000) : 10 + this.random.nextInt(500);
		String[] shapes = { "(", "[", "{", "f(", "@x(", "[[", "model M {\n" };
		String open = shapes[this.random.nextInt(shapes.length)];
		StringBuilder out = new StringBuilder(open.repeat(depth));
		if (this.random.nextBoolean()) {
			String close = switch (open.charAt(open.length() - 1)) {
				case '(' -> ")";
				case '[' -> "]";
				default -> "}\n";
			};
			out.append(close.repeat(depth));
		}
		return out.toString();
	}

	private String randomChars(int count) {
		StringBuilder out = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			out.append((char) this.random.nextInt(0x10000));
		}
		return out.toString();
	}
}
