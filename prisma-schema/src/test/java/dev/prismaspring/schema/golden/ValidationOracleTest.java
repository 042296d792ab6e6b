package dev.prismaspring.schema.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.test.SharedFolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Asks Prisma's own engines ({@code ../shared/prisma-oracle/oracle validate}) about every golden
 * file that does not say {@code // oracle: differs}, and checks that we agree on the verdict and on
 * the lines that carry errors. Messages and columns are the golden test's business; this one
 * catches an expected block that has drifted from Prisma.
 */
@Tag("oracle")
class ValidationOracleTest {

	private static final Pattern LOCATION = Pattern.compile("^\\s*-->\\s+.*:(\\d+)\\s*$", Pattern.MULTILINE);

	// Two threads: the machines have two cores, and each call is a short Node process.
	private static final ExecutorService POOL = Executors.newFixedThreadPool(2, (runnable) -> {
		Thread thread = new Thread(runnable, "prisma-oracle");
		thread.setDaemon(true);
		return thread;
	});

	@AfterAll
	static void stopPool() {
		POOL.shutdownNow();
	}

	@TestFactory
	Stream<DynamicTest> weAgreeWithPrismaOnVerdictAndErrorLines() {
		Optional<String> missing = whyOracleIsMissing();
		if (missing.isPresent()) {
			// One visible skipped test: Surefire does not report an aborted factory or class at all.
			return Stream.of(DynamicTest.dynamicTest("Prisma oracle available", () -> assumeTrue(false, missing.get())));
		}
		Path oracle = oracleScript(SharedFolder.find().orElseThrow());
		PendingFiles pending = PendingFiles.load();
		List<GoldenFile> files = GoldenFiles.all().stream().filter((golden) -> !golden.oracleDiffers()).toList();
		// Submit every call first so the pool works ahead of the tests that wait for the answers.
		List<Future<OracleAnswer>> answers = files.stream()
			.map((golden) -> POOL.submit(() -> OracleAnswer.ask(oracle, golden.path())))
			.toList();
		return IntStream.range(0, files.size())
			.mapToObj((i) -> DynamicTest.dynamicTest(files.get(i).name(), files.get(i).path().toUri(),
					() -> compare(files.get(i), answers.get(i).get(120, TimeUnit.SECONDS), pending.contains(files.get(i)))));
	}

	private static void compare(GoldenFile golden, OracleAnswer prisma, boolean pending) {
		ValidatedSchema ours = ValidationGoldenTest.validate(golden);
		Set<Integer> ourLines = ours.errors()
			.stream()
			.map(Diagnostic::span)
			.map((span) -> span.line())
			.collect(Collectors.toCollection(TreeSet::new));
		String context = golden.name() + "\nPrisma says:\n" + prisma.output();
		boolean agrees = (prisma.valid() != ours.hasErrors()) && prisma.errorLines().equals(ourLines);
		assumeTrue(agrees || !pending, () -> "Pending (listed in validation/pending.txt): " + context);
		assertEquals(prisma.valid() ? "valid" : "invalid", ours.hasErrors() ? "invalid" : "valid",
				"verdict of " + context);
		assertEquals(prisma.errorLines(), ourLines, "lines with errors in " + context);
	}

	private static Optional<String> whyOracleIsMissing() {
		Optional<Path> shared = SharedFolder.find();
		if (shared.isEmpty()) {
			return Optional.of("Skipped: ../shared not found beside the repository (set -D" + SharedFolder.DIRECTORY_PROPERTY
					+ "=DIR to point at it)");
		}
		Path script = oracleScript(shared.get());
		if (!Files.isRegularFile(script)) {
			return Optional.of("Skipped: no Prisma oracle at " + script);
		}
		if (!nodeAvailable()) {
			return Optional.of("Skipped: Node.js (node) is not on the PATH, so Prisma's engines cannot run");
		}
		return Optional.empty();
	}

	private static Path oracleScript(Path shared) {
		return shared.resolve("prisma-oracle").resolve("oracle");
	}

	private static boolean nodeAvailable() {
		try {
			Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** What {@code oracle validate} printed: VALID, or INVALID and Prisma's diagnostics. */
	record OracleAnswer(boolean valid, Set<Integer> errorLines, String output) {

		// The oracle's launcher copies its script into a shared cache on every call, so a call that
		// overlaps another one can read a half-written script and print nothing: ask again then.
		static OracleAnswer ask(Path oracle, Path schema) throws IOException, InterruptedException {
			for (int attempt = 1;; attempt++) {
				try {
					return askOnce(oracle, schema);
				}
				catch (IllegalStateException ex) {
					if (attempt == 3) {
						throw ex;
					}
				}
			}
		}

		private static OracleAnswer askOnce(Path oracle, Path schema) throws IOException, InterruptedException {
			Process process = new ProcessBuilder("bash", oracle.toString(), "validate", schema.toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("oracle timed out on " + schema);
			}
			String first = output.lines().findFirst().orElse("").trim();
			if (!first.equals("VALID") && !first.equals("INVALID")) {
				throw new IllegalStateException("Unexpected oracle output for " + schema + ":\n" + output);
			}
			Set<Integer> lines = new TreeSet<>();
			Matcher matcher = LOCATION.matcher(output);
			while (matcher.find()) {
				lines.add(Integer.parseInt(matcher.group(1)));
			}
			return new OracleAnswer(first.equals("VALID"), lines, output);
		}
	}
}
