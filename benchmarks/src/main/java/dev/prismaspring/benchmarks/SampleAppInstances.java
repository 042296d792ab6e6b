package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Issue 8's concurrency proof with the sample application: (1) N instances (separate JVMs)
 * started at once on one database with 50 pending migrations: every instance up, each migration
 * applied once, no log line above INFO but the lock wait; (2) the CLI's {@code migrate deploy}
 * started together with a running application's start-up on another database: both succeed,
 * each migration once.
 * <p>
 * Arguments: {@code SAMPLE-APP-JAR PRISMA-CLI-JAR SCHEMA MIGRATIONS [SERVER-URL] [--instances=8]
 * [--pending=50]}: the sample app's jar, the CLI's jar, the sample's schema and committed
 * migrations folder; without a server URL an embedded PostgreSQL is started. Prints Markdown.
 */
public final class SampleAppInstances {

	private static final Duration START_WAIT = Duration.ofMinutes(5);

	private SampleAppInstances() {
	}

	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		Path cli = Path.of(args[1]);
		Path schema = Path.of(args[2]);
		Path committed = Path.of(args[3]);
		String url = null;
		int instances = 8;
		int pending = 50;
		for (String arg : List.of(args).subList(4, args.length)) {
			if (arg.startsWith("--instances=")) {
				instances = Integer.parseInt(arg.substring("--instances=".length()));
			}
			else if (arg.startsWith("--pending=")) {
				pending = Integer.parseInt(arg.substring("--pending=".length()));
			}
			else {
				url = arg;
			}
		}
		Path work = Files.createTempDirectory("prisma-sample-instances-");
		try (BenchmarkServer server = BenchmarkServer.connect(url)) {
			Path migrations = SampleMigrations.write(work.resolve("migrations"), committed, pending);
			PrintStream out = System.out;
			out.println("Server: " + server.describe());
			out.println();
			out.print(instancesAtOnce(server, jar, migrations, work, instances, pending + 1));
			out.print(cliRacingAnApplication(server, jar, cli, schema, migrations, work, pending + 1));
		}
		finally {
			MigrationBenchmark.deleteRecursively(work);
		}
	}

	private static String instancesAtOnce(BenchmarkServer server, Path jar, Path migrations, Path work, int count,
			int expected) {
		PostgresConnection database = server.createDatabase();
		List<SampleAppProcess> apps = new ArrayList<>();
		long start = System.nanoTime();
		try {
			for (int index = 1; index <= count; index++) {
				apps.add(SampleAppProcess.start("instance " + index, jar, database, migrations,
						work.resolve("instance-" + index + ".log")));
			}
			List<Double> ready = new ArrayList<>();
			for (SampleAppProcess app : apps) {
				app.awaitPort(START_WAIT);
				ready.add(Samples.since(start));
			}
			List<String> problems = new ArrayList<>();
			apps.forEach((app) -> app.problems().forEach((line) -> problems.add(app.name() + ": " + line)));
			long waited = apps.stream().filter(SampleAppProcess::waitedForTheLock).count();
			History history = History.read(database);
			StringBuilder out = new StringBuilder("### " + count + " instances of the sample app starting at once, "
					+ (expected - 1) + " pending migrations (plus the sample's own)\n\n");
			out.append("| check | result |\n|---|---|\n");
			out.append("| instances up | ").append(ready.size()).append(" of ").append(count).append(", the last after ")
				.append(Samples.number(ready.stream().mapToDouble(Double::doubleValue).max().orElse(0) / 1000, 1))
				.append(" s |\n");
			out.append("| migrations in `_prisma_migrations` | ").append(history.rows()).append(" rows, ")
				.append(history.distinct()).append(" distinct, ").append(history.finished())
				.append(" finished (expected ").append(expected).append(" of each) |\n");
			out.append("| instances that waited for the lock (logged at INFO) | ").append(waited).append(" |\n");
			out.append("| log lines above INFO, all instances | ").append(problems.size()).append(" |\n\n");
			problems.stream().limit(20).forEach((line) -> out.append("    ").append(line).append('\n'));
			check(history.rows() == expected && history.distinct() == expected && history.finished() == expected
					&& ready.size() == count && problems.isEmpty(), out);
			return out.toString();
		}
		finally {
			apps.forEach(SampleAppProcess::close);
			server.dropDatabase(database);
		}
	}

	private static String cliRacingAnApplication(BenchmarkServer server, Path jar, Path cli, Path schema,
			Path migrations, Path work, int expected) {
		PostgresConnection database = server.createDatabase();
		try (SampleAppProcess app = SampleAppProcess.start("application", jar, database, migrations,
				work.resolve("race-app.log"))) {
			ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-jar", cli.toString(), "migrate", "deploy", "--schema", schema.toString(), "--migrations",
					migrations.toString(), "--lock-wait", "120")
				.redirectErrorStream(true)
				.redirectOutput(work.resolve("race-cli.log").toFile());
			// The sample's schema reads env("DATABASE_URL"): the URL, password included, stays off the command line.
			builder.environment().put("DATABASE_URL", url(database));
			builder.environment().remove("SHADOW_DATABASE_URL");
			Process deploy = builder.start();
			if (!deploy.waitFor(5, TimeUnit.MINUTES)) {
				deploy.destroyForcibly();
				throw new IllegalStateException("The CLI's deploy did not finish in 5 minutes");
			}
			String cliLog = Files.readString(work.resolve("race-cli.log"), StandardCharsets.UTF_8);
			app.awaitPort(START_WAIT);
			History history = History.read(database);
			StringBuilder out = new StringBuilder("### The CLI's `migrate deploy` racing the sample app's start-up, "
					+ expected + " pending migrations\n\n");
			out.append("| check | result |\n|---|---|\n");
			out.append("| CLI exit code | ").append(deploy.exitValue()).append(" |\n");
			out.append("| application up | yes |\n");
			out.append("| migrations in `_prisma_migrations` | ").append(history.rows()).append(" rows, ")
				.append(history.distinct()).append(" distinct, ").append(history.finished()).append(" finished |\n");
			out.append("| applied by the CLI / by the application | ").append(count(cliLog, "Applying migration"))
				.append(" / ").append(expected - count(cliLog, "Applying migration")).append(" |\n");
			out.append("| application log lines above INFO | ").append(app.problems().size()).append(" |\n\n");
			check(deploy.exitValue() == 0 && history.rows() == expected && history.distinct() == expected
					&& history.finished() == expected && app.problems().isEmpty(), out);
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			server.dropDatabase(database);
		}
	}

	private static String url(PostgresConnection database) {
		StringBuilder url = new StringBuilder("postgresql://");
		database.user().ifPresent((user) -> url.append(encode(user)));
		database.password().ifPresent((password) -> url.append(':').append(encode(new String(password))));
		if (database.user().isPresent()) {
			url.append('@');
		}
		return url.append(database.host()).append(':').append(database.port()).append('/').append(database.database())
			.toString();
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static int count(String text, String line) {
		return (int) text.lines().filter((each) -> each.contains(line)).count();
	}

	private static void check(boolean passed, StringBuilder out) {
		out.append(passed ? "Result: passed.\n\n" : "Result: FAILED.\n\n");
		if (!passed) {
			System.err.print(out);
			throw new IllegalStateException("The check failed; see above");
		}
	}

	/** What {@code _prisma_migrations} holds. */
	record History(long rows, long distinct, long finished) {

		static History read(PostgresConnection database) {
			try (Connection connection = DatabaseConnections.open(database);
					Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery("SELECT count(*), count(DISTINCT migration_name),"
							+ " count(*) FILTER (WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL)"
							+ " FROM _prisma_migrations")) {
				row.next();
				return new History(row.getLong(1), row.getLong(2), row.getLong(3));
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not read the history: " + ex.getMessage(), ex);
			}
		}

	}

	/** The sample's committed migrations followed by generated ones, in one folder. */
	static final class SampleMigrations {

		private SampleMigrations() {
		}

		static Path write(Path target, Path committed, int extra) throws IOException {
			Files.createDirectories(target);
			try (Stream<Path> files = Files.walk(committed)) {
				for (Path file : files.toList()) {
					Path copy = target.resolve(committed.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(file, copy);
					}
				}
			}
			for (int number = 1; number <= extra; number++) {
				Path directory = Files.createDirectories(
						target.resolve(String.format(Locale.ROOT, "2099010100%04d_m%d", number, number)));
				Files.writeString(directory.resolve("migration.sql"), GeneratedMigrations.sql(number), StandardCharsets.UTF_8);
			}
			return target;
		}

	}

}
