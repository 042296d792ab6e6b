package dev.prismaspring.schema.golden;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Validates every schema under {@code src/test/resources/validation} and compares our diagnostics
 * with the expected block at the bottom of the file (see {@link GoldenFile} for the format).
 *
 * <p>Run with {@code -Dprisma.golden.update=true} to rewrite the expected blocks from our output;
 * review the resulting {@code git diff} against Prisma before committing it. Files listed in
 * {@code validation/pending.txt} are reported as skipped while they disagree (see {@link PendingFiles}).
 */
class ValidationGoldenTest {

	static final String UPDATE_PROPERTY = "prisma.golden.update";

	@TestFactory
	Stream<DynamicTest> everyGoldenFileValidatesAsExpected() {
		boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
		PendingFiles pending = PendingFiles.load();
		return GoldenFiles.all().stream().map((golden) -> DynamicTest.dynamicTest(golden.name(), golden.path().toUri(),
				() -> check(golden, update, pending.contains(golden))));
	}

	private static void check(GoldenFile golden, boolean update, boolean pending) {
		List<String> actual = GoldenFile.render(validate(golden).diagnostics());
		if (actual.equals(golden.expected())) {
			return;
		}
		// A pending file's block is Prisma's answer, not ours yet: never overwrite it with ours.
		if (update && !pending) {
			golden.rewrite(actual);
			return;
		}
		if (!golden.hasExpectedBlock()) {
			fail(golden.name() + " has no expected block (an empty line, then `// valid` or `// error L:C message`"
					+ " lines); run with -D" + UPDATE_PROPERTY + "=true to write ours, then check it against Prisma.");
		}
		String diff = UnifiedDiff.diff("expected " + golden.name(), golden.expected(), "actual", actual);
		assumeFalse(pending, () -> "Pending (listed in validation/pending.txt): " + golden.name() + "\n" + diff);
		fail(golden.name() + ": diagnostics differ from the expected block (rewrite it with -D" + UPDATE_PROPERTY
				+ "=true if ours are right)\n" + diff);
	}

	static dev.prismaspring.schema.ValidatedSchema validate(GoldenFile golden) {
		String fileName = golden.path().getFileName().toString();
		return PrismaSchema.validate(List.of(new SourceFile(fileName, golden.schema())));
	}
}
