package dev.prismaspring.schema.fuzz;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.diagnostics.Diagnostics;
import dev.prismaspring.schema.format.SchemaFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the schema language's public entry points: {@link PrismaSchema#parse},
 * {@link SchemaFormatter#format} and {@link PrismaSchema#validate}. Every input must come back
 * with diagnostics (or a {@code PrismaException} with a code), within the time budget (an input
 * that runs ten budgets long is a hang and ends the run), and a schema that validates must
 * format to a fixed point by the second formatting. Parsing and formatting see every input;
 * full validation every {@code prisma.fuzz.validateEvery}-th (1 by default: all of them).
 *
 * <p>{@code -Dprisma.fuzz.count=1000000 -Dprisma.fuzz.seed=42} runs a longer or another campaign.
 */
@Tag("fuzz")
class SchemaFuzzTest {

	private static final int COUNT = Integer.getInteger("prisma.fuzz.count", 100_000);

	private static final long SEED = Long.getLong("prisma.fuzz.seed", 20261202L);

	private static final int VALIDATE_EVERY = Integer.getInteger("prisma.fuzz.validateEvery", 1);

	private static final long BUDGET_MILLIS = Long.getLong("prisma.fuzz.budgetMillis", 2_000);

	// An input still running after this many budgets is taken for a hang and ends the run.
	private static final int HANG_FACTOR = 10;

	@Test
	void hostileSchemasGiveDiagnosticsInTimeAndFormatToAFixedPoint() throws InterruptedException {
		List<String> seeds = SeedSchemas.load();
		assertThat(seeds).as("seed schemas").hasSizeGreaterThan(50);
		SchemaMutator mutator = new SchemaMutator(seeds, new Random(SEED));
		FuzzFindings findings = new FuzzFindings(SEED, BUDGET_MILLIS);
		ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "schema-fuzz");
			thread.setDaemon(true);
			return thread;
		});
		long started = System.nanoTime();
		int validated = 0;
		int valid = 0;
		int secondPass = 0;
		for (int i = 0; i < COUNT; i++) {
			String input = mutator.next();
			boolean validate = i % VALIDATE_EVERY == 0;
			long start = System.nanoTime();
			try {
				Outcome outcome = worker.submit(() -> run(input, validate)).get(HANG_FACTOR * BUDGET_MILLIS,
						TimeUnit.MILLISECONDS);
				validated += validate ? 1 : 0;
				valid += outcome.valid() ? 1 : 0;
				secondPass += outcome.secondPass() ? 1 : 0;
				if (outcome.unsettled() != null) {
					findings.unsettled(i, input, outcome.unsettled());
				}
			}
			catch (ExecutionException ex) {
				findings.failed(i, input, ex.getCause());
			}
			catch (TimeoutException ex) {
				// A hang: the worker is stuck, so the run ends here with this input as its finding.
				findings.timed(i, input, System.nanoTime() - start);
				break;
			}
			findings.timed(i, input, System.nanoTime() - start);
		}
		worker.shutdownNow();
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("Schema fuzz: seed %d, %d inputs parsed and formatted, %d validated (%d valid, %d settled"
				+ " on the second format), %d ms, slowest input %d ms, %d findings%n", SEED, COUNT, validated, valid,
				secondPass, millis, findings.slowestMillis(), findings.count());
		findings.assertNone();
		assertThat(valid).as("mutants that still validate, so formatting was checked").isPositive();
	}

	private static Outcome run(String input, boolean validate) {
		PrismaSchema.parse(List.of(new SourceFile("fuzz.prisma", input)), new Diagnostics());
		String once = SchemaFormatter.format(input, "fuzz.prisma");
		if (!validate) {
			return new Outcome(false, false, null);
		}
		ValidatedSchema schema = PrismaSchema.validate(List.of(new SourceFile("fuzz.prisma", input)));
		if (schema.hasErrors()) {
			return new Outcome(false, false, null);
		}
		String twice = SchemaFormatter.format(once, "fuzz.prisma");
		if (twice.equals(once)) {
			return new Outcome(true, false, null);
		}
		// As prisma format, a comment on a block's closing line gains its blank line on the second run only.
		String thrice = SchemaFormatter.format(twice, "fuzz.prisma");
		return new Outcome(true, true, thrice.equals(twice) ? null : twice + "\n--- formatted again ---\n" + thrice);
	}

	private record Outcome(boolean valid, boolean secondPass, String unsettled) {
	}
}
