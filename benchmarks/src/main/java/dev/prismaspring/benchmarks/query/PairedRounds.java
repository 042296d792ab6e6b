package dev.prismaspring.benchmarks.query;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ours beside hand-written JDBC in paired rounds: for each operation both tools run in one JVM,
 * in turns of a fixed time and at least 20 operations (one round: a turn of each, the first tool
 * alternating), and each round gives a ratio of their throughputs. A machine whose speed drifts
 * from minute to minute (a shared virtual machine) moves both turns of a round alike, so the
 * ratios keep still where figures from separate JMH forks, minutes apart, do not.
 * <p>
 * Same work as the JMH benchmark: each tool is a {@link ToolBenchmark} with its own copy of the
 * loaded database, checked by {@link QueryChecks} before it is timed, and rows written by one
 * turn are removed before the next. A full garbage collection before every turn keeps one tool's
 * garbage from being collected in the other's time. The single-thread operations only (not the
 * read mix).
 * <p>
 * Arguments: {@code SERVER [--rounds=N] [--turn-ms=MS] [--warmup-ms=MS] [--include=REGEX]},
 * SERVER an admin URL as for {@link QueryBenchmark} or {@code embedded}. Prints a Markdown table.
 */
public final class PairedRounds {

	/** A turn lasts its time and at least this many operations, so that a slow one is counted finely. */
	private static final int MIN_OPERATIONS = 20;

	/** Where each turn leaves a sum of its results, so that the JIT cannot drop the calls. */
	private static volatile long sink;

	private PairedRounds() {
	}

	public static void main(String[] args) throws Throwable {
		String url = null;
		int rounds = 10;
		long turnMillis = 1000;
		long warmupMillis = 8000;
		Pattern include = Pattern.compile(".*");
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				url = arg.equals("embedded") ? null : arg;
			}
			else if (arg.startsWith("--rounds=")) {
				rounds = Integer.parseInt(value(arg));
			}
			else if (arg.startsWith("--turn-ms=")) {
				turnMillis = Long.parseLong(value(arg));
			}
			else if (arg.startsWith("--warmup-ms=")) {
				warmupMillis = Long.parseLong(value(arg));
			}
			else if (arg.startsWith("--include=")) {
				include = Pattern.compile(value(arg));
			}
			else {
				throw new IllegalArgumentException("Unknown option " + arg);
			}
		}
		List<Measured> rows = new ArrayList<>();
		try (BlogServer server = BlogServer.connect(url)) {
			String template = "bench_paired_" + Long.toString(ProcessHandle.current().pid(), 36) + "_template";
			server.createLoaded(template);
			System.setProperty(TrialDatabase.ADMIN_PROPERTY, server.adminUrl());
			System.setProperty(TrialDatabase.TEMPLATE_PROPERTY, template);
			try {
				for (Operation operation : Operation.values()) {
					if (!operation.method().startsWith("readMix") && include.matcher(operation.method()).find()) {
						rows.add(measure(operation, rounds, turnMillis, warmupMillis));
						System.err.println(rows.get(rows.size() - 1).line());
					}
				}
			}
			finally {
				server.drop(template);
			}
			System.out.println("Server: " + server.describe());
		}
		System.out.println();
		System.out.println("Ours and JDBC in " + rounds + " paired rounds per operation, a turn of "
				+ String.format(Locale.ROOT, "%.1f", turnMillis / 1000.0) + " s per tool and round after "
				+ String.format(Locale.ROOT, "%.0f", warmupMillis / 1000.0) + " s of warm-up each; operations per second"
				+ " (higher is better), median (lowest-highest) of the rounds.");
		System.out.println();
		System.out.println("| operation | ours (generated client) | JDBC | ours ÷ JDBC, median (lowest-highest) | target | verdict |");
		System.out.println("|---|---:|---:|---:|---|---|");
		for (Measured row : rows) {
			System.out.println(row.line());
		}
	}

	private static Measured measure(Operation operation, int rounds, long turnMillis, long warmupMillis) throws Throwable {
		MethodHandle call = MethodHandles.lookup()
			.unreflect(ToolBenchmark.class.getMethod(operation.method()))
			.asType(MethodType.methodType(Object.class, ToolBenchmark.class));
		ToolBenchmark ours = new PrismaBenchmark();
		ToolBenchmark jdbc = new JdbcBenchmark();
		ours.setUp();
		jdbc.setUp();
		try {
			turn(ours, call, warmupMillis);
			turn(jdbc, call, warmupMillis);
			double[] oursRates = new double[rounds];
			double[] jdbcRates = new double[rounds];
			double[] ratios = new double[rounds];
			for (int round = 0; round < rounds; round++) {
				if (round % 2 == 0) {
					oursRates[round] = turn(ours, call, turnMillis);
					jdbcRates[round] = turn(jdbc, call, turnMillis);
				}
				else {
					jdbcRates[round] = turn(jdbc, call, turnMillis);
					oursRates[round] = turn(ours, call, turnMillis);
				}
				ratios[round] = oursRates[round] / jdbcRates[round];
			}
			return new Measured(operation, oursRates, jdbcRates, ratios);
		}
		finally {
			ours.tearDown();
			jdbc.tearDown();
		}
	}

	// Operations per second over one turn.
	private static double turn(ToolBenchmark tool, MethodHandle call, long millis) throws Throwable {
		tool.removeCreated();
		System.gc();
		long results = 0;
		long operations = 0;
		long start = System.nanoTime();
		long end = start + millis * 1_000_000;
		long now;
		do {
			Object result = (Object) call.invokeExact(tool);
			results += System.identityHashCode(result);
			operations++;
			now = System.nanoTime();
		}
		while (now < end || operations < MIN_OPERATIONS);
		sink = results;
		return operations * 1e9 / (now - start);
	}

	private static String value(String arg) {
		return arg.substring(arg.indexOf('=') + 1);
	}

	private record Measured(Operation operation, double[] ours, double[] jdbc, double[] ratios) {

		String line() {
			double ratio = median(this.ratios);
			Operation.Target target = this.operation.target();
			String verdict = (target == null) ? "–" : (ratio >= target.ratio()) ? "met" : "**missed**";
			return "| " + this.operation.label() + " | " + spread(this.ours, "%,.0f") + " | " + spread(this.jdbc, "%,.0f") + " | "
					+ spread(this.ratios, "%.2f") + " | " + ((target == null) ? "–" : target.text()) + " | " + verdict + " |";
		}

		private static String spread(double[] values, String format) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			return String.format(Locale.ROOT, format, median(values)) + " (" + String.format(Locale.ROOT, format, sorted[0])
					+ "-" + String.format(Locale.ROOT, format, sorted[sorted.length - 1]) + ")";
		}

		private static double median(double[] values) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			int middle = sorted.length / 2;
			return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		}
	}
}
