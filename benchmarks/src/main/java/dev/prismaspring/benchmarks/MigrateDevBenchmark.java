package dev.prismaspring.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.prismaspring.migrate.command.DevOptions;
import dev.prismaspring.migrate.command.DevResult;
import dev.prismaspring.migrate.command.MigrateDev;
import dev.prismaspring.migrate.deploy.DeployOptions;
import dev.prismaspring.migrate.deploy.MigrationDeployer;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * {@code migrate dev} on a project with N migrations in its history (default 100) and one model
 * added to the schema since: the development database is up to date with the history, so the
 * command replays the history into a shadow database, diffs it against the schema, writes the new
 * migration and applies it. Timed in process ({@link MigrateDev#run}) and as the CLI process a
 * developer starts, each run on a fresh copy of the project, a fresh development database and a
 * fresh shadow database. Beside it, the part Prisma's engine can be run for here: the shadow
 * replay and the diff ({@code oracle diff migrations:DIR SCHEMA}), and ours doing exactly that as
 * a process ({@code migrate diff --from-migrations DIR --to-schema-datamodel SCHEMA}).
 *
 * <p>Arguments: {@code [server-url] [--migrations=100] [--runs=5] [--cli=JAR] [--oracle=PATH]}.
 * Prints a Markdown table to standard output, progress to standard error.
 */
public final class MigrateDevBenchmark {

	private final BenchmarkServer server;

	private final Path work;

	private final int migrations;

	private final Path cli;

	private final Path oracle;

	private MigrateDevBenchmark(BenchmarkServer server, Path work, int migrations, Path cli, Path oracle) {
		this.server = server;
		this.work = work;
		this.migrations = migrations;
		this.cli = cli;
		this.oracle = oracle;
	}

	public static void main(String[] args) throws IOException {
		String url = System.getenv("PRISMA_TEST_DATABASE_URL");
		int migrations = 100;
		int runs = 5;
		Path cli = Path.of("prisma-cli/target/prisma-cli.jar");
		Path oracle = Path.of("../shared/prisma-oracle/oracle");
		for (String arg : args) {
			String value = arg.substring(arg.indexOf('=') + 1);
			if (arg.startsWith("--migrations=")) {
				migrations = Integer.parseInt(value);
			}
			else if (arg.startsWith("--runs=")) {
				runs = Integer.parseInt(value);
			}
			else if (arg.startsWith("--cli=")) {
				cli = Path.of(value);
			}
			else if (arg.startsWith("--oracle=")) {
				oracle = Path.of(value);
			}
			else if (arg.startsWith("--")) {
				throw new IllegalArgumentException("Unknown option " + arg + "; known: --migrations, --runs, --cli, --oracle");
			}
			else {
				url = arg.equals("embedded") ? null : arg;
			}
		}
		if (!Files.isRegularFile(cli)) {
			throw new IllegalArgumentException("The CLI jar " + cli + " is missing; build it first (mvn -pl prisma-cli -am package)");
		}
		Path work = Files.createTempDirectory("prisma-migrate-dev-benchmark-");
		try (BenchmarkServer server = BenchmarkServer.connect((url != null && !url.isBlank()) ? url.strip() : null)) {
			System.out.print(new MigrateDevBenchmark(server, work, migrations, cli, oracle).run(runs));
		}
		finally {
			MigrationBenchmark.deleteRecursively(work);
		}
	}

	private String run(int runs) throws IOException {
		Path template = writeProject(this.work.resolve("project"));
		Datamodel datamodel = PrismaSchema.validate(List.of(new SourceFile("schema.prisma",
				Files.readString(template.resolve("schema.prisma"), StandardCharsets.UTF_8)))).datamodel();
		boolean withOracle = Files.isExecutable(this.oracle) && onPath("node");
		Samples inProcess = new Samples();
		Samples devProcess = new Samples();
		Samples diffProcess = new Samples();
		Samples prisma = new Samples();
		// The first run of each warms the JVM (in process) and the file caches; it is not counted.
		for (int run = 0; run <= runs; run++) {
			boolean counted = run > 0;
			double millis = onDevDatabase(template, run, (project, dev, shadow) -> {
				DevResult result = MigrateDev.run(dev, MigrationsFolder.create(project.resolve("migrations")), datamodel,
						DevOptions.named("next", shadow));
				if (result.created() == null) {
					throw new IllegalStateException("migrate dev wrote no migration: " + result);
				}
			});
			add(inProcess, counted, millis, "ours in process");
			millis = onDevDatabase(template, run, (project, dev, shadow) -> process(List.of("java", "-jar", this.cli.toString(),
					"migrate", "dev", "--name", "next", "--schema", project.resolve("schema.prisma").toString(), "--url",
					url(dev), "--migrations", project.resolve("migrations").toString(), "--shadow-database-url", url(shadow))));
			add(devProcess, counted, millis, "ours as a process (migrate dev)");
			millis = onDevDatabase(template, run, (project, dev, shadow) -> process(List.of("java", "-jar", this.cli.toString(),
					"migrate", "diff", "--from-migrations", project.resolve("migrations").toString(), "--to-schema-datamodel",
					project.resolve("schema.prisma").toString(), "--shadow-database-url", url(shadow), "--script")));
			add(diffProcess, counted, millis, "ours as a process (migrate diff)");
			if (withOracle) {
				millis = onDevDatabase(template, run, (project, dev, shadow) -> process(List.of(this.oracle.toString(), "diff",
						"migrations:" + project.resolve("migrations"), project.resolve("schema.prisma").toString())));
				add(prisma, counted, millis, "Prisma's engine (oracle diff)");
			}
		}
		String count = Samples.number(this.migrations, 0);
		StringBuilder out = new StringBuilder();
		out.append("Server: ").append(this.server.describe()).append("\n\n");
		out.append(runs).append(" runs after one uncounted, each on a fresh copy of the project and fresh databases;"
				+ " median and min–max in ms.\n\n");
		out.append("| what | time (ms) |\n|---|---:|\n");
		out.append("| ours in process: `MigrateDev.run` (replay ").append(count)
			.append(" migrations in the shadow database, diff, write, apply) | ").append(inProcess.format(0)).append(" |\n");
		out.append("| ours as a process: `java -jar prisma-cli.jar migrate dev --name next` | ").append(devProcess.format(0))
			.append(" |\n");
		out.append("| ours as a process: `migrate diff --from-migrations DIR --to-schema-datamodel F --shadow-database-url URL"
				+ " --script` (replay and diff only) | ").append(diffProcess.format(0)).append(" |\n");
		out.append("| Prisma's engine: `oracle diff migrations:DIR F` (the same replay and diff) | ")
			.append(withOracle ? prisma.format(0) : "not run: no oracle or Node.js here").append(" |\n");
		if (withOracle) {
			out.append("\nReplay and diff as a process, ours ÷ Prisma's engine: ")
				.append(Samples.number(diffProcess.median() / prisma.median(), 2)).append(".\n");
		}
		return out.toString();
	}

	private static void add(Samples samples, boolean counted, double millis, String what) {
		if (counted) {
			samples.add(millis);
		}
		System.err.println(what + ": " + Samples.number(millis, 0) + " ms" + (counted ? "" : " (warm-up)"));
	}

	/**
	 * Times one step on a fresh copy of the project, a development database with its history
	 * applied and an empty shadow database, all dropped again after.
	 */
	private double onDevDatabase(Path template, int run, Step step) throws IOException {
		Path project = copy(template, this.work.resolve("run-" + run + "-" + System.nanoTime()));
		PostgresConnection dev = this.server.createDatabase();
		PostgresConnection shadow = this.server.createDatabase();
		try {
			MigrationDeployer.deploy(dev, MigrationsFolder.at(project.resolve("migrations")), DeployOptions.defaults());
			long start = System.nanoTime();
			step.run(project, dev, shadow);
			return Samples.since(start);
		}
		finally {
			this.server.dropDatabase(dev);
			this.server.dropDatabase(shadow);
		}
	}

	/** The history (as {@link GeneratedMigrations} writes it) and a schema with one model more. */
	private Path writeProject(Path project) throws IOException {
		GeneratedMigrations generated = GeneratedMigrations.write(this.work.resolve("generated"), this.migrations);
		Path migrationsFolder = project.resolve("migrations");
		copy(generated.prismaFolder(this.migrations), migrationsFolder);
		MigrationsFolder.create(migrationsFolder); // writes the lock file, as migrate dev does
		StringBuilder schema = new StringBuilder("datasource db {\n  provider = \"postgresql\"\n}\n");
		for (int number = 1; number <= this.migrations; number++) {
			String table = String.format(Locale.ROOT, "t%04d", number);
			schema.append("\nmodel ").append(table).append(" {\n  id   Int     @id @default(autoincrement())\n")
				.append("  name String?\n\n  @@index([name])\n}\n");
		}
		schema.append("\nmodel Added {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n");
		Files.writeString(project.resolve("schema.prisma"), schema, StandardCharsets.UTF_8);
		return project;
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (var paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
		return to;
	}

	/** Runs a child process; its output is discarded, its failure is an error with its output. */
	private void process(List<String> command) {
		try {
			Path output = Files.createTempFile(this.work, "process-", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
			builder.environment().put("DATABASE_URL", this.server.adminUrl());
			Process process = builder.start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException(command.get(0) + " " + command.get(1) + " did not finish in 10 minutes");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(4, command.size())))
						+ " exited with " + process.exitValue() + ":\n" + Files.readString(output));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** @return the URL of a database the server made, credentials included, for a child process */
	private String url(PostgresConnection database) {
		try {
			URI admin = new URI(this.server.adminUrl());
			return new URI(admin.getScheme(), admin.getRawUserInfo() == null ? null : admin.getUserInfo(), admin.getHost(),
					admin.getPort(), "/" + database.database(), admin.getQuery(), null).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("The server's URL cannot be read as a URI", ex);
		}
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && List.of(path.split(File.pathSeparator)).stream()
			.anyMatch((directory) -> Files.isExecutable(Path.of(directory, command)));
	}

	@FunctionalInterface
	private interface Step {

		void run(Path project, PostgresConnection dev, PostgresConnection shadow) throws IOException;

	}

}
