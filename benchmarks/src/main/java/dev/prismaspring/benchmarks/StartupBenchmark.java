package dev.prismaspring.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.prismaspring.benchmarks.startup.StartupApp;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Start-up time of a minimal Spring Boot application whose database already holds every
 * migration, on this project's starter beside the same application on Boot's Flyway integration
 * with the same SQL files, and beside the application with neither (what Boot, the
 * {@code DataSource} and the JVM cost alone). Each start is a fresh JVM running {@link StartupApp}
 * on this JVM's class path; each application has a database of its own, migrated by its first
 * (untimed) start.
 * <p>
 * Arguments: {@code [SERVER-URL] [--migrations=200] [--runs=10]}; without a URL an embedded
 * PostgreSQL is started. Prints {@code Server: <what>}, a blank line, then the figures as Markdown.
 */
public final class StartupBenchmark {

	private static final Pattern REPORT = Pattern
		.compile(StartupApp.REPORT + " ready=(\\d+) migrator=(\\d+) applied=(\\d+)");

	private final List<Variant> variants;

	private final int migrations;

	private final MachineLoad load = new MachineLoad();

	private StartupBenchmark(List<Variant> variants, int migrations) {
		this.variants = variants;
		this.migrations = migrations;
	}

	/**
	 * @param args see the class description
	 * @throws IOException when the temporary folder cannot be written
	 */
	public static void main(String[] args) throws IOException {
		String url = null;
		int migrations = 200;
		int runs = 10;
		for (String arg : args) {
			if (arg.startsWith("--migrations=")) {
				migrations = Integer.parseInt(arg.substring("--migrations=".length()));
			}
			else if (arg.startsWith("--runs=")) {
				runs = Integer.parseInt(arg.substring("--runs=".length()));
			}
			else if (arg.startsWith("--")) {
				throw new IllegalArgumentException("Unknown option " + arg + "; expected --migrations=N or --runs=N");
			}
			else {
				url = arg;
			}
		}
		Path work = Files.createTempDirectory("prisma-startup-benchmark-");
		try (BenchmarkServer server = BenchmarkServer.connect(url)) {
			GeneratedMigrations folders = GeneratedMigrations.write(work, migrations);
			Path schema = Files.writeString(work.resolve("schema.prisma"), schema(migrations), StandardCharsets.UTF_8);
			List<Variant> variants = List.of(
					new Variant("Prisma starter", server.createDatabase(), "_prisma_migrations", "prismaMigrationInitializer",
							List.of("--spring.flyway.enabled=false", "--prisma.schema-location=file:" + schema,
									"--prisma.migrations-location=file:" + folders.prismaFolder(migrations))),
					new Variant("Boot's Flyway", server.createDatabase(), "flyway_schema_history", "flywayInitializer",
							List.of("--prisma.enabled=false",
									"--spring.flyway.locations=filesystem:" + folders.flywayFolder(migrations))),
					new Variant("neither", server.createDatabase(), "none", "",
							List.of("--prisma.enabled=false", "--spring.flyway.enabled=false")));
			String described = server.describe();
			progress("Server: " + described);
			new StartupBenchmark(variants, migrations).run(runs, described, System.out);
		}
		finally {
			MigrationBenchmark.deleteRecursively(work);
		}
	}

	/**
	 * The schema the migrations give: one model per table, so the starter reads a schema of the
	 * application's size as a real one would.
	 */
	static String schema(int models) {
		StringBuilder schema = new StringBuilder(
				"datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n");
		for (int number = 1; number <= models; number++) {
			String table = String.format(Locale.ROOT, "t%04d", number);
			schema.append("\nmodel ").append(table).append(" {\n")
				.append("  id   Int     @id @default(autoincrement())\n")
				.append("  name String?\n\n")
				.append("  @@index([name])\n}\n");
		}
		return schema.toString();
	}

	private void run(int runs, String server, PrintStream out) {
		for (Variant variant : this.variants) {
			Start first = variant.start();
			long expected = "none".equals(variant.historyTable()) ? 0 : this.migrations;
			if (first.applied() != expected) {
				throw new IllegalStateException(variant.name() + " started with " + first.applied()
						+ " migrations in its history; expected " + expected);
			}
			progress(variant.name() + ": first start (migrates) in " + first.ready() + " ms");
			variant.start(); // a second untimed start: the files are in the page cache for every timed one
		}
		List<Variant> order = new ArrayList<>(this.variants);
		for (int run = 1; run <= runs; run++) {
			this.load.sample();
			for (Variant variant : order) {
				Start start = variant.start();
				if (start.applied() != ("none".equals(variant.historyTable()) ? 0 : this.migrations)) {
					throw new IllegalStateException(variant.name() + " lost migrations: " + start.applied());
				}
				variant.ready().add(start.ready());
				variant.migrator().add(start.migrator());
				variant.wall().add(start.wall());
			}
			progress("Run " + run + ": " + describe(order));
			Collections.rotate(order, 1);
		}
		out.print(report(runs, server));
	}

	private static String describe(List<Variant> order) {
		StringBuilder line = new StringBuilder();
		for (Variant variant : order) {
			line.append(variant.name()).append(' ').append(Samples.number(variant.ready().last(), 0)).append(" ms; ");
		}
		return line.toString();
	}

	private String report(int runs, String server) {
		Variant prisma = this.variants.get(0);
		Variant flyway = this.variants.get(1);
		Variant neither = this.variants.get(2);
		StringBuilder out = new StringBuilder("Server: ").append(server).append("\n\n");
		out.append(runs).append(" starts of each, in turns; median and min–max. ").append(this.load.describe())
			.append(".\n\n");
		out.append("| application with ").append(Samples.number(this.migrations, 0))
			.append(" applied migrations | ready (ms since JVM start) | the migrator's bean, its migration check included (ms) | whole process, launch to exit (ms) |\n");
		out.append("|---|---:|---:|---:|\n");
		for (Variant variant : this.variants) {
			out.append("| ").append(variant.name()).append(" | ").append(variant.ready().format(0)).append(" | ")
				.append(variant.historyTable().equals("none") ? "–" : variant.migrator().format(0)).append(" | ")
				.append(variant.wall().format(0)).append(" |\n");
		}
		double ratio = prisma.ready().median() / flyway.ready().median();
		double ours = prisma.ready().median() - neither.ready().median();
		double theirs = flyway.ready().median() - neither.ready().median();
		out.append("\nReady, Prisma starter ÷ Boot's Flyway: ").append(Samples.number(ratio, 2))
			.append("; target (issue 6): no slower (≤ 1.00): ").append((ratio <= 1.0) ? "met" : "missed")
			.append(".\nAdded to the application with neither: Prisma starter ")
			.append(Samples.number(ours, 0)).append(" ms, Boot's Flyway ").append(Samples.number(theirs, 0))
			.append(" ms (medians).\n");
		return out.toString();
	}

	private static void progress(String line) {
		System.err.println(line);
	}

	/** One application under test: its database, its arguments and its measurements. */
	private record Variant(String name, PostgresConnection database, String historyTable, String migratorBean,
			List<String> arguments, Samples ready, Samples migrator, Samples wall) {

		Variant(String name, PostgresConnection database, String historyTable, String migratorBean,
				List<String> arguments) {
			this(name, database, historyTable, migratorBean, arguments, new Samples(), new Samples(), new Samples());
		}

		Start start() {
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-cp", System.getProperty("java.class.path"), StartupApp.class.getName()));
			command.add("--spring.datasource.url=" + this.database.jdbcUrl());
			this.database.user().ifPresent((user) -> command.add("--spring.datasource.username=" + user));
			command.add("--startup.history-table=" + this.historyTable);
			command.add("--startup.migrator-bean=" + this.migratorBean);
			command.add("--logging.level.root=WARN");
			command.addAll(this.arguments);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().remove("DATABASE_URL");
			// The password goes by environment, never on a command line others can list.
			this.database.password()
				.ifPresent((password) -> builder.environment().put("SPRING_DATASOURCE_PASSWORD", new String(password)));
			long launched = System.nanoTime();
			try {
				Process process = builder.start();
				StringBuilder output = new StringBuilder();
				Matcher report = null;
				try (BufferedReader reader = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = reader.readLine(); line != null; line = reader.readLine()) {
						Matcher matcher = REPORT.matcher(line);
						if (matcher.matches()) {
							report = matcher;
						}
						else {
							output.append(line).append('\n');
						}
					}
				}
				int exit = process.waitFor();
				double wall = Samples.since(launched);
				if (exit != 0 || report == null) {
					throw new IllegalStateException(this.name + " did not start (exit " + exit + "):\n" + output);
				}
				if (output.toString().contains(" WARN ") || output.toString().contains(" ERROR ")) {
					throw new IllegalStateException(this.name + " logged a warning or an error:\n" + output);
				}
				return new Start(Long.parseLong(report.group(1)), Long.parseLong(report.group(2)),
						Long.parseLong(report.group(3)), wall);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not launch " + this.name, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while " + this.name + " started", ex);
			}
		}

	}

	private record Start(double ready, double migrator, long applied, double wall) {
	}

}
