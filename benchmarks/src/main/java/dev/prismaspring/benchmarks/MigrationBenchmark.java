package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Times this project's {@code migrate deploy} beside Flyway's {@code migrate} on the same SQL
 * files and the same server, each run on a fresh database, and prints the figures as Markdown:
 * <ol>
 * <li>applying N pending migrations (default 1,000) to an empty database;</li>
 * <li>a deploy with nothing to do on a database with 200, 2,000 and 8,000 applied migrations
 * ({@code --noop-at}), the median of several runs per database, as every application start
 * after the first;</li>
 * <li>the time per migration as the history grows: H migrations applied in batches (default
 * 500), each deploy given a folder with the next batch added.</li>
 * </ol>
 * Each tool first migrates one batch on a throw-away database, so both run on a warm JVM. Rounds
 * alternate which tool goes first. Each round also times {@link ServerAlone} on (a), the floor
 * under both, so that each tool's own cost can be told from the server's.
 *
 * <p>Arguments: {@code [server-url] [--rounds=3] [--pending=1000] [--history=2000] [--batch=500]
 * [--noop-repeats=7] [--noop-at=200,2000,8000]}. Without a URL, {@code PRISMA_TEST_DATABASE_URL} names the server, and
 * without that an embedded PostgreSQL is started. The table goes to standard output, progress to
 * standard error.
 */
public final class MigrationBenchmark {

	private static final String URL_VARIABLE = "PRISMA_TEST_DATABASE_URL";

	private final BenchmarkServer server;

	private final GeneratedMigrations migrations;

	private final Settings settings;

	private final PrismaDeploy ours = new PrismaDeploy();

	private final FlywayMigrate flyway = new FlywayMigrate();

	private final ResultTable table = new ResultTable(List.of(this.ours, this.flyway));

	private final ServerAlone floor = new ServerAlone();

	private final Samples floorPending = new Samples();

	private final Samples oursAboveFloor = new Samples();

	private final Samples flywayAboveFloor = new Samples();

	private final MachineLoad load = new MachineLoad();

	private final String pendingRow;

	private final Map<Integer, String> noopRows = new LinkedHashMap<>();

	private final Map<Integer, String> batchRows = new LinkedHashMap<>();

	private MigrationBenchmark(BenchmarkServer server, GeneratedMigrations migrations, Settings settings) {
		this.server = server;
		this.migrations = migrations;
		this.settings = settings;
		this.pendingRow = "(a) apply " + count(settings.pending()) + " pending migrations to an empty database (ms)";
		this.table.define(this.pendingRow, 0);
		for (int size : settings.noopAt()) {
			String row = "(b) deploy with nothing to do, " + count(size) + " applied (ms; median of "
					+ settings.noopRepeats() + " runs per database)";
			this.noopRows.put(size, row);
			this.table.define(row, 1);
		}
		for (int size : settings.batchSizes()) {
			String row = "(c) ms per migration, migrations " + count(size - settings.batch() + 1) + "–" + count(size)
					+ " (history " + count(size - settings.batch()) + " before)";
			this.batchRows.put(size, row);
			this.table.define(row, 2);
		}
	}

	/**
	 * @param args see the class description
	 * @throws IOException when the temporary folder cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Settings settings = Settings.parse(args);
		Path work = Files.createTempDirectory("prisma-migration-benchmark-");
		try (BenchmarkServer server = BenchmarkServer.connect(settings.url())) {
			List<Integer> sizes = new ArrayList<>(settings.batchSizes());
			for (int size : settings.noopAt()) {
				if (!sizes.contains(size)) {
					sizes.add(size);
				}
			}
			if (!sizes.contains(settings.pending())) {
				sizes.add(settings.pending());
			}
			GeneratedMigrations migrations = GeneratedMigrations.write(work,
					sizes.stream().mapToInt(Integer::intValue).toArray());
			new MigrationBenchmark(server, migrations, settings).run(System.out);
		}
		finally {
			deleteRecursively(work);
		}
	}

	private void run(PrintStream out) {
		String server = this.server.describe();
		progress("Server: " + server);
		for (Migrator tool : List.of(this.ours, this.flyway, this.floor)) {
			progress("Warm-up: " + tool.name());
			onFreshDatabase((database) -> tool.migrate(database, folder(tool, this.settings.batch()), this.settings.batch()));
		}
		for (int round = 1; round <= this.settings.rounds(); round++) {
			List<Migrator> order = (round % 2 == 1) ? List.of(this.ours, this.flyway) : List.of(this.flyway, this.ours);
			if (round % 2 == 0) {
				measureFloor(round);
			}
			for (Migrator tool : order) {
				measurePending(tool, round);
			}
			if (round % 2 == 1) {
				measureFloor(round);
			}
			double floorMillis = this.floorPending.last();
			this.oursAboveFloor.add(this.table.samples(this.pendingRow, this.ours).last() - floorMillis);
			this.flywayAboveFloor.add(this.table.samples(this.pendingRow, this.flyway).last() - floorMillis);
			for (Migrator tool : order) {
				measureGrowingHistory(tool, round);
			}
			for (int size : this.settings.noopAt()) {
				if (size != this.settings.history()) {
					for (Migrator tool : order) {
						measureNothingToDo(tool, round, size);
					}
				}
			}
		}
		out.print(report(server));
	}

	private void measurePending(Migrator tool, int round) {
		onFreshDatabase((database) -> {
			long start = System.nanoTime();
			tool.migrate(database, folder(tool, this.settings.pending()), this.settings.pending());
			double millis = Samples.since(start);
			this.table.samples(this.pendingRow, tool).add(millis);
			progress("Round " + round + ", " + tool.name() + ": " + this.settings.pending() + " pending in "
					+ Samples.number(millis, 0) + " ms");
		});
	}

	/** Measurement (a) for the server alone: the floor under both tools, in the same round. */
	private void measureFloor(int round) {
		onFreshDatabase((database) -> {
			long start = System.nanoTime();
			this.floor.migrate(database, this.migrations.prismaFolder(this.settings.pending()), this.settings.pending());
			double millis = Samples.since(start);
			this.floorPending.add(millis);
			progress("Round " + round + ", " + this.floor.name() + ": " + this.settings.pending() + " pending in "
					+ Samples.number(millis, 0) + " ms");
		});
	}

	private void measureGrowingHistory(Migrator tool, int round) {
		onFreshDatabase((database) -> {
			StringBuilder perMigration = new StringBuilder();
			for (int size : this.settings.batchSizes()) {
				long start = System.nanoTime();
				tool.migrate(database, folder(tool, size), this.settings.batch());
				double millis = Samples.since(start) / this.settings.batch();
				this.table.samples(this.batchRows.get(size), tool).add(millis);
				perMigration.append(' ').append(Samples.number(millis, 2));
			}
			progress("Round " + round + ", " + tool.name() + ": ms per migration by batch" + perMigration);
			if (this.noopRows.containsKey(this.settings.history())) {
				measureNothingToDo(tool, round, database, this.settings.history());
			}
		});
	}

	/** Measurement (b) on a fresh database the tool first migrates to {@code size} migrations. */
	private void measureNothingToDo(Migrator tool, int round, int size) {
		onFreshDatabase((database) -> {
			tool.migrate(database, folder(tool, size), size);
			measureNothingToDo(tool, round, database, size);
		});
	}

	/** Measurement (b) on a database with {@code size} migrations applied by the tool. */
	private void measureNothingToDo(Migrator tool, int round, PostgresConnection database, int size) {
		Samples noop = new Samples();
		for (int run = 0; run < this.settings.noopRepeats(); run++) {
			long start = System.nanoTime();
			tool.migrate(database, folder(tool, size), 0);
			noop.add(Samples.since(start));
		}
		this.table.samples(this.noopRows.get(size), tool).add(noop.median());
		progress("Round " + round + ", " + tool.name() + ": nothing to do with " + count(size) + " applied "
				+ noop.format(1) + " ms");
	}

	private Path folder(Migrator tool, int size) {
		return (tool == this.flyway) ? this.migrations.flywayFolder(size) : this.migrations.prismaFolder(size);
	}

	private void onFreshDatabase(Consumer<PostgresConnection> measurement) {
		this.load.sample();
		PostgresConnection database = this.server.createDatabase();
		this.server.settle();
		try {
			measurement.accept(database);
		}
		finally {
			this.server.dropDatabase(database);
			this.load.sample();
		}
	}

	private String report(String server) {
		Samples first = this.table.samples(this.batchRows.values().iterator().next(), this.ours);
		String lastRow = new ArrayList<>(this.batchRows.values()).get(this.batchRows.size() - 1);
		double oursGrowth = this.table.samples(lastRow, this.ours).median() / first.median();
		double flywayGrowth = this.table.samples(lastRow, this.flyway).median()
				/ this.table.samples(this.batchRows.values().iterator().next(), this.flyway).median();
		double pendingRatio = this.table.samples(this.pendingRow, this.ours).median()
				/ this.table.samples(this.pendingRow, this.flyway).median();
		String load = this.load.describe();
		return "Server: " + server + "\n\n" + this.settings.rounds() + " rounds, each measurement on a fresh database after a"
				+ " `CHECKPOINT`;"
				+ " median and min–max over the rounds." + (load.isEmpty() ? "" : " Machine: " + load + ".") + "\n\n"
				+ this.table.markdown()
				+ "\nApplying " + count(this.settings.pending()) + " pending migrations: ours takes "
				+ Samples.number(pendingRatio, 2) + " of Flyway's time; target at most 0.50: "
				+ ((pendingRatio <= 0.5) ? "met" : "missed") + ".\n"
				+ "Time per migration, last batch ÷ first batch: ours " + Samples.number(oursGrowth, 2) + ", Flyway "
				+ Samples.number(flywayGrowth, 2) + " (1.00 is flat).\n\n"
				+ "The floor under (a): " + this.floor.name() + " (" + ServerAlone.DESCRIPTION + ") took "
				+ this.floorPending.format(0) + " ms in the same rounds. Above it, each tool's own cost for "
				+ count(this.settings.pending()) + " migrations, round by round: ours " + this.oursAboveFloor.format(0)
				+ " ms, Flyway " + this.flywayAboveFloor.format(0) + " ms; ours ÷ Flyway "
				+ Samples.number(this.oursAboveFloor.median() / this.flywayAboveFloor.median(), 2) + ".\n";
	}

	private static String count(int number) {
		return Samples.number(number, 0);
	}

	private static void progress(String message) {
		System.err.println(message);
	}

	static void deleteRecursively(Path root) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path directory, IOException ex) throws IOException {
				Files.delete(directory);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/**
	 * What to measure.
	 *
	 * @param url the server's admin URL, or {@code null} for an embedded server
	 * @param rounds how many fresh databases per measurement and tool
	 * @param pending how many migrations measurement (a) applies
	 * @param history how many applied migrations measurements (b) and (c) end with
	 * @param batch how many migrations each deploy of measurement (c) adds
	 * @param noopRepeats how many deploys with nothing to do per database
	 * @param noopAt the history sizes measurement (b) is taken at
	 */
	record Settings(String url, int rounds, int pending, int history, int batch, int noopRepeats, List<Integer> noopAt) {

		static Settings parse(String[] args) {
			String url = System.getenv(URL_VARIABLE);
			Map<String, Integer> numbers = new LinkedHashMap<>(
					Map.of("rounds", 3, "pending", 1000, "history", 2000, "batch", 500, "noop-repeats", 7));
			List<Integer> noopAt = List.of(200, 2000, 8000);
			for (String arg : args) {
				if (arg.startsWith("--noop-at=")) {
					noopAt = Arrays.stream(arg.substring("--noop-at=".length()).split(",")).map(String::strip)
						.map(Integer::valueOf).toList();
				}
				else if (arg.startsWith("--") && arg.contains("=")) {
					String key = arg.substring(2, arg.indexOf('='));
					if (!numbers.containsKey(key)) {
						throw new IllegalArgumentException("Unknown option " + arg + "; known: " + numbers.keySet() + ", noop-at");
					}
					numbers.put(key, Integer.parseInt(arg.substring(arg.indexOf('=') + 1)));
				}
				else {
					url = arg;
				}
			}
			Settings settings = new Settings((url != null && !url.isBlank()) ? url.strip() : null, numbers.get("rounds"),
					numbers.get("pending"), numbers.get("history"), numbers.get("batch"), numbers.get("noop-repeats"), noopAt);
			if (settings.history() % settings.batch() != 0) {
				throw new IllegalArgumentException("--history must be a multiple of --batch");
			}
			return settings;
		}

		/** @return the folder sizes measurement (c) deploys, e.g. 500, 1000, 1500, 2000 */
		List<Integer> batchSizes() {
			return IntStream.rangeClosed(1, this.history / this.batch).map((n) -> n * this.batch).boxed().toList();
		}

	}

}
