package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Issue 8's bounded load on the sample application over loopback: C clients for S seconds, each
 * in a loop of the feed (most requests, a fifth with a search), sign-ups with a profile and two
 * drafts, and new drafts published. Reports throughput, latency percentiles per request kind,
 * errors, and the connection pool (Hikari's gauges from the actuator) before and after, which
 * must be back to no active and no pending connections.
 * <p>
 * Arguments: {@code SAMPLE-APP-JAR MIGRATIONS [SERVER-URL] [--clients=32] [--seconds=60]}.
 */
public final class SampleAppLoad {

	private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

	private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong sequence = new AtomicLong();

	private SampleAppLoad(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path committed = Path.of(args[1]);
		String url = null;
		int clients = 32;
		int seconds = 60;
		for (String arg : List.of(args).subList(2, args.length)) {
			if (arg.startsWith("--clients=")) {
				clients = Integer.parseInt(arg.substring("--clients=".length()));
			}
			else if (arg.startsWith("--seconds=")) {
				seconds = Integer.parseInt(arg.substring("--seconds=".length()));
			}
			else {
				url = arg;
			}
		}
		Path work = Files.createTempDirectory("prisma-sample-load-");
		try (BenchmarkServer server = BenchmarkServer.connect(url)) {
			PostgresConnection database = server.createDatabase();
			Path migrations = SampleAppInstances.SampleMigrations.write(work.resolve("migrations"), committed, 0);
			try (SampleAppProcess app = SampleAppProcess.start("sample app", jar, database, migrations,
					work.resolve("app.log"))) {
				SampleAppLoad load = new SampleAppLoad(app.awaitPort(Duration.ofMinutes(3)));
				load.seed(50);
				load.run(Math.max(4, clients / 4), 10); // warm-up
				load.latencies.clear();
				load.errors.clear();
				load.errorSamples.clear();
				Map<String, Double> before = load.pool();
				long start = System.nanoTime();
				load.run(clients, seconds);
				double elapsed = Samples.since(start) / 1000;
				SampleAppProcess.sleep(1000);
				Map<String, Double> after = load.pool();
				System.out.println("Server: " + server.describe());
				System.out.println();
				System.out.print(load.report(clients, seconds, elapsed, before, after, app.problems()));
			}
			finally {
				server.dropDatabase(database);
			}
		}
		finally {
			MigrationBenchmark.deleteRecursively(work);
		}
	}

	private void seed(int users) throws Exception {
		for (int user = 0; user < users; user++) {
			String email = "seed" + user + "@example.com";
			send("sign-up", post("/users", "{\"email\":\"" + email + "\",\"name\":\"Seed " + user
					+ "\",\"bio\":\"b\",\"posts\":[]}"));
			for (int post = 0; post < 4; post++) {
				String created = send("new draft", post("/posts", "{\"title\":\"Seed post " + user + "-" + post
						+ "\",\"content\":\"About Prisma and Spring\",\"authorEmail\":\"" + email + "\"}"));
				send("publish", put("/posts/" + id(created) + "/publish"));
			}
		}
	}

	private void run(int clients, int seconds) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		for (int client = 0; client < clients; client++) {
			pool.execute(() -> {
				while (System.nanoTime() < end) {
					step();
				}
			});
		}
		pool.shutdown();
		if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
			pool.shutdownNow();
			throw new IllegalStateException("Clients did not stop");
		}
	}

	private void step() {
		int dice = ThreadLocalRandom.current().nextInt(100);
		try {
			if (dice < 64) {
				send("feed", get("/feed?take=10&skip=" + ThreadLocalRandom.current().nextInt(20)));
			}
			else if (dice < 80) {
				send("feed with search", get("/feed?search=prisma&take=10"));
			}
			else if (dice < 90) {
				long n = this.sequence.incrementAndGet();
				send("sign-up", post("/users", "{\"email\":\"load" + n + "@example.com\",\"name\":\"Load " + n
						+ "\",\"bio\":\"hello\",\"posts\":[{\"title\":\"First\",\"content\":\"x\"},{\"title\":\"Second\"}]}"));
			}
			else {
				String email = "seed" + ThreadLocalRandom.current().nextInt(50) + "@example.com";
				String created = send("new draft", post("/posts", "{\"title\":\"Load draft\",\"content\":\"prisma\","
						+ "\"authorEmail\":\"" + email + "\"}"));
				send("publish", put("/posts/" + id(created) + "/publish"));
			}
		}
		catch (Exception ex) {
			record("exception", ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private String send(String kind, HttpRequest request) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		long micros = (System.nanoTime() - start) / 1000;
		this.latencies.computeIfAbsent(kind, (key) -> Collections.synchronizedList(new ArrayList<>())).add(micros);
		if (response.statusCode() >= 300) {
			record(kind, response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private void record(String kind, String detail) {
		this.errors.computeIfAbsent(kind, (key) -> new AtomicInteger()).incrementAndGet();
		if (this.errorSamples.size() < 10) {
			this.errorSamples.add(kind + ": " + detail);
		}
	}

	private static int id(String json) {
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
		if (!id.find()) {
			throw new IllegalStateException("No id in " + json);
		}
		return Integer.parseInt(id.group(1));
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).GET().build();
	}

	private HttpRequest post(String path, String json) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private HttpRequest put(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.PUT(HttpRequest.BodyPublishers.noBody())
			.build();
	}

	private Map<String, Double> pool() throws Exception {
		Map<String, Double> gauges = new java.util.LinkedHashMap<>();
		for (String gauge : List.of("active", "idle", "pending", "max")) {
			HttpResponse<String> response = this.http.send(get("/actuator/metrics/hikaricp.connections." + gauge),
					HttpResponse.BodyHandlers.ofString());
			Matcher value = VALUE.matcher(response.body());
			gauges.put(gauge, value.find() ? Double.parseDouble(value.group(1)) : Double.NaN);
		}
		return gauges;
	}

	private String report(int clients, int seconds, double elapsed, Map<String, Double> before,
			Map<String, Double> after, List<String> logProblems) {
		StringBuilder out = new StringBuilder();
		long total = this.latencies.values().stream().mapToLong(List::size).sum();
		int errorCount = this.errors.values().stream().mapToInt(AtomicInteger::get).sum();
		out.append(clients).append(" clients for ").append(seconds).append(" s over loopback, one instance; ")
			.append(total).append(" requests (").append(Samples.number(total / elapsed, 0)).append(" per second), ")
			.append(errorCount).append(" errors.\n\n");
		out.append("| request | count | median (ms) | p99 (ms) | max (ms) |\n|---|---:|---:|---:|---:|\n");
		List<Long> all = new ArrayList<>();
		this.latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
			List<Long> sorted = new ArrayList<>(entry.getValue());
			Collections.sort(sorted);
			all.addAll(sorted);
			out.append(row(entry.getKey(), sorted));
		});
		Collections.sort(all);
		out.append(row("all", all));
		out.append("\n| Hikari pool (actuator gauges) | active | idle | pending | max |\n|---|---:|---:|---:|---:|\n");
		out.append(poolRow("before the load", before)).append(poolRow("1 s after the load", after));
		out.append("\nApplication log lines above INFO: ").append(logProblems.size()).append(".\n");
		this.errorSamples.forEach((sample) -> out.append("    ").append(sample).append('\n'));
		logProblems.stream().limit(10).forEach((line) -> out.append("    ").append(line).append('\n'));
		boolean passed = errorCount == 0 && logProblems.isEmpty() && after.get("active") == 0
				&& after.get("pending") == 0;
		out.append(passed ? "Result: passed (no errors, no connection held after the load).\n\n"
				: "Result: FAILED.\n\n");
		if (!passed) {
			System.err.print(out);
			throw new IllegalStateException("The load check failed; see above");
		}
		return out.toString();
	}

	private static String row(String kind, List<Long> sorted) {
		return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f |%n", kind, sorted.size(),
				percentile(sorted, 0.5), percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1000.0);
	}

	private static double percentile(List<Long> sorted, double fraction) {
		int index = (int) Math.ceil(fraction * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
	}

	private static String poolRow(String when, Map<String, Double> gauges) {
		return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |%n", when, gauges.get("active"),
				gauges.get("idle"), gauges.get("pending"), gauges.get("max"));
	}

}
