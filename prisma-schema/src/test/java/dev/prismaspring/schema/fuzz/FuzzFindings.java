package dev.prismaspring.schema.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.prismaspring.schema.PrismaException;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a fuzz run found, one example per kind (an exception's type and first frame, a slow
 * input, a formatting that does not settle), so one run reports every distinct problem.
 */
final class FuzzFindings {

	private static final int SHOWN_CHARS = 2_000;

	private final long seed;

	private final long budgetNanos;

	private final Map<String, String> examples = new LinkedHashMap<>();

	private long slowestNanos;

	FuzzFindings(long seed, long budgetMillis) {
		this.seed = seed;
		this.budgetNanos = budgetMillis * 1_000_000;
	}

	void failed(int index, String input, Throwable ex) {
		if (ex instanceof PrismaException prisma && prisma.code() != null) {
			return;
		}
		StackTraceElement[] frames = ex.getStackTrace();
		String where = (frames.length > 0) ? frames[0].toString() : "?";
		record(ex.getClass().getName() + " at " + where, index, input, String.valueOf(ex));
	}

	void unsettled(int index, String input, String formatted) {
		record("formatting does not settle", index, input, formatted);
	}

	void timed(int index, String input, long nanos) {
		this.slowestNanos = Math.max(this.slowestNanos, nanos);
		if (nanos > this.budgetNanos) {
			record("slower than the budget", index, input, (nanos / 1_000_000) + " ms");
		}
	}

	long slowestMillis() {
		return this.slowestNanos / 1_000_000;
	}

	int count() {
		return this.examples.size();
	}

	void assertNone() {
		if (!this.examples.isEmpty()) {
			fail("Fuzzing with seed " + this.seed + " found " + this.examples.size() + " kinds of problem:\n"
					+ String.join("\n\n", this.examples.values()));
		}
	}

	private void record(String kind, int index, String input, String detail) {
		this.examples.computeIfAbsent(kind, (key) -> "* " + kind + " (input " + index + "): " + shorten(detail)
				+ "\n--- input ---\n" + shorten(input));
	}

	private static String shorten(String text) {
		return (text.length() <= SHOWN_CHARS) ? text
				: text.substring(0, SHOWN_CHARS) + "… (" + text.length() + " chars)";
	}
}
