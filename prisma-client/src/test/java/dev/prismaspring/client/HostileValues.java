package dev.prismaspring.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates values written to break SQL: quotes, comments, statement separators, dollar quotes,
 * backslashes, LIKE wildcards, placeholders, odd Unicode (NUL included), huge text, and numbers
 * at and past the edges of their types. Every string carries a marker ({@code Fz} and a number)
 * so a statement log can tell whether a value reached the SQL text.
 */
final class HostileValues {

	static final String MARKER_PREFIX = "Fz";

	private static final String[] FRAGMENTS = { "'", "\"", "`", "--", "/*", "*/", ";", "\\", "\\\\", "$$", "$tag$",
			"$1", "?", "?|", "?&", "::text", "%", "_", "'; DROP TABLE canary; --", "\"; DELETE FROM accounts; --",
			"' OR '1'='1", "') OR 1=1 --", "$$; DROP TABLE canary; $$", "E'\\x27'", "\u202E",
			"\u200F", "\uFEFF", "\uD83D\uDE00", "日本語", "Ünï", "\u2028", "\r\n", "\t", "{", "}", "[", "]", "\"}'",
			"{\"a\":1}", "->>", "#>", "@>", "null", "NULL", " ", "" };

	private final Random random;

	private int counter;

	HostileValues(Random random) {
		this.random = random;
	}

	/** @return the marker of the string {@link #text()} returns next */
	String text() {
		StringBuilder out = new StringBuilder();
		int parts = 1 + this.random.nextInt(5);
		int markerAt = this.random.nextInt(parts + 1);
		for (int i = 0; i <= parts; i++) {
			if (i == markerAt) {
				out.append(MARKER_PREFIX).append(++this.counter).append('z');
			}
			else {
				out.append(FRAGMENTS[this.random.nextInt(FRAGMENTS.length)]);
			}
		}
		// PostgreSQL text cannot hold NUL: rare enough that most values reach the database.
		if (this.random.nextInt(30) == 0) {
			out.insert(this.random.nextInt(out.length() + 1), '\0');
		}
		if (this.random.nextInt(400) == 0) {
			out.append("x".repeat(1 << 20));
		}
		return out.toString();
	}

	List<String> texts() {
		List<String> texts = new ArrayList<>();
		int count = 1 + this.random.nextInt(3);
		for (int i = 0; i < count; i++) {
			texts.add(text());
		}
		return texts;
	}

	Object number() {
		return switch (this.random.nextInt(12)) {
			case 0 -> Long.MAX_VALUE;
			case 1 -> Long.MIN_VALUE;
			case 2 -> Integer.MAX_VALUE;
			case 3 -> Integer.MIN_VALUE;
			case 4 -> Double.NaN;
			case 5 -> Double.POSITIVE_INFINITY;
			case 6 -> Double.NEGATIVE_INFINITY;
			case 7 -> new BigDecimal("9".repeat(1000));
			case 8 -> new BigDecimal("-0." + "1".repeat(1000));
			case 9 -> Double.MIN_VALUE;
			case 10 -> new BigDecimal("1E+100000");
			default -> this.random.nextLong();
		};
	}

	int below(int bound) {
		return this.random.nextInt(bound);
	}

	boolean chance(int oneIn) {
		return this.random.nextInt(oneIn) == 0;
	}

	<T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}
}
