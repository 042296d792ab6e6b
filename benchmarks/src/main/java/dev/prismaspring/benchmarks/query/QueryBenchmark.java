package dev.prismaspring.benchmarks.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the query benchmarks of every tool on one server and prints the figures as Markdown:
 * {@code Server: <what>}, a blank line, the table of throughputs and the targets.
 * <p>
 * Usage: {@code QueryBenchmark [URL] [--warmup=N] [--warmup-time=S] [--iterations=N] [--time=S]
 * [--include=REGEX] [--prof=PROFILER] [--scores=FILE]}; {@code --scores} also writes every score
 * to a file, one tab-separated line each, for the Node benchmark to read. Without a URL the benchmark starts an embedded
 * PostgreSQL. The blog is loaded once into a template database; every trial (a JMH fork per
 * benchmark) works on a copy of its own.
 */
public final class QueryBenchmark {

	private QueryBenchmark() {
	}

	public static void main(String[] args) throws RunnerException {
		String url = null;
		int warmups = 5;
		int warmupSeconds = 2;
		int iterations = 5;
		int seconds = 1;
		String include = "";
		Path scores = null;
		List<String> profilers = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				url = arg.equals("embedded") ? null : arg;
			}
			else if (arg.startsWith("--warmup=")) {
				warmups = Integer.parseInt(value(arg));
			}
			else if (arg.startsWith("--warmup-time=")) {
				warmupSeconds = Integer.parseInt(value(arg));
			}
			else if (arg.startsWith("--iterations=")) {
				iterations = Integer.parseInt(value(arg));
			}
			else if (arg.startsWith("--time=")) {
				seconds = Integer.parseInt(value(arg));
			}
			else if (arg.startsWith("--include=")) {
				include = value(arg);
			}
			else if (arg.startsWith("--scores=")) {
				scores = Path.of(value(arg));
			}
			else if (arg.startsWith("--prof=")) {
				profilers.add(value(arg));
			}
			else {
				throw new IllegalArgumentException("Unknown option " + arg);
			}
		}
		double[] load = new double[2];
		load[0] = loadAverage();
		try (BlogServer server = BlogServer.connect(url)) {
			String template = "bench_query_" + Long.toString(ProcessHandle.current().pid(), 36) + "_template";
			server.createLoaded(template);
			try {
				ChainedOptionsBuilder options = new OptionsBuilder()
					.include(QueryBenchmark.class.getPackageName() + "\\.[A-Za-z]+Benchmark\\." + (include.isEmpty() ? "" : ".*" + include))
					.exclude("QueryBenchmark")
					.forks(1)
					.warmupIterations(warmups)
					.warmupTime(TimeValue.seconds(warmupSeconds))
					.measurementIterations(iterations)
					.measurementTime(TimeValue.seconds(seconds))
					.timeUnit(TimeUnit.SECONDS)
					.jvmArgsAppend("-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
							"-Dlogback.configurationFile=dev/prismaspring/benchmarks/query/logback.xml",
							"-D" + TrialDatabase.ADMIN_PROPERTY + "=" + server.adminUrl(),
							"-D" + TrialDatabase.TEMPLATE_PROPERTY + "=" + template);
				for (String profiler : profilers) {
					int colon = profiler.indexOf(':');
					if (colon < 0) {
						options.addProfiler(profiler);
					}
					else {
						options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
					}
				}
				Collection<RunResult> results = new Runner(options.build()).run();
				load[1] = loadAverage();
				System.out.println("Server: " + server.describe());
				System.out.println();
				System.out.println(report(results, warmups, warmupSeconds, iterations, seconds, load));
				if (scores != null) {
					writeScores(results, scores);
				}
			}
			finally {
				server.drop(template);
			}
		}
	}

	/**
	 * Writes every score as a tab-separated line (operation's method, its label, tool, operations
	 * per second), for a benchmark outside the JVM to set its figures beside ours.
	 */
	private static void writeScores(Collection<RunResult> results, Path file) {
		StringBuilder lines = new StringBuilder();
		forEachScore(results, (operation, tool, result) -> lines.append(operation.method()).append('\t')
			.append(operation.label()).append('\t').append(tool.label()).append('\t')
			.append(result.getPrimaryResult().getScore()).append('\n'));
		try {
			Files.writeString(file, lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the scores to " + file, ex);
		}
	}

	private static void forEachScore(Collection<RunResult> results, ScoreConsumer consumer) {
		for (RunResult result : results) {
			String benchmark = result.getParams().getBenchmark();
			String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
			String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
			for (Tool tool : Tool.values()) {
				if (tool.benchmark().getName().equals(className)) {
					for (Operation operation : Operation.values()) {
						if (operation.method().equals(method)) {
							consumer.accept(operation, tool, result);
						}
					}
				}
			}
		}
	}

	private interface ScoreConsumer {

		void accept(Operation operation, Tool tool, RunResult result);

	}

	private static String report(Collection<RunResult> results, int warmups, int warmupSeconds, int iterations,
			int seconds, double[] load) {
		QueryTable table = new QueryTable();
		forEachScore(results, (operation, tool, result) -> table.put(operation, tool,
				result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError()));
		return String.format(Locale.ROOT,
				"JMH throughput in operations per second (higher is better; ± the 99.9 %% error), one fork per"
						+ " benchmark, %d × %d s warm-up and %d × %d s measurement iterations, one thread (the read mix: 1, 2, 4"
						+ " or 8 threads, their throughput summed)."
						+ " 1-minute load average %.2f before, %.2f after.%n%n%s%nTargets of issue 5:%n%n%s",
				warmups, warmupSeconds, iterations, seconds, load[0], load[1], table.render(), table.targets());
	}

	private static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	private static String value(String arg) {
		return arg.substring(arg.indexOf('=') + 1);
	}

}
