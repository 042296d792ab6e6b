package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Where a deploy's time goes: applies N migrations (default 1,000) to an empty database, ours and
 * Flyway's in turns, through {@link TimingDriver}, and prints per migration what each kind of JDBC
 * call cost (a call's time is its round trip: the server's work, the network and the driver).
 * What is left of the wall time is spent in the JVM between calls (reading files, checksums,
 * bookkeeping). Each tool runs once on a throw-away database first; the figures are the mean of
 * the later runs.
 *
 * <p>Arguments: {@code [server-url] [--migrations=1000] [--runs=3]}; without a URL,
 * {@code PRISMA_TEST_DATABASE_URL}, else an embedded PostgreSQL.
 */
public final class DeployProfile {

	// Smaller groups are summed into one row.
	private static final double SHOWN_MILLIS_PER_MIGRATION = 0.05;

	private final BenchmarkServer server;

	private final TimingDriver driver;

	private final int count;

	private DeployProfile(BenchmarkServer server, TimingDriver driver, int count) {
		this.server = server;
		this.driver = driver;
		this.count = count;
	}

	/**
	 * @param args see the class description
	 * @throws IOException when the temporary folder cannot be written
	 * @throws SQLException when the driver cannot be put in place
	 */
	public static void main(String[] args) throws IOException, SQLException {
		String url = System.getenv("PRISMA_TEST_DATABASE_URL");
		int count = 1000;
		int runs = 3;
		for (String arg : args) {
			if (arg.startsWith("--migrations=")) {
				count = Integer.parseInt(arg.substring("--migrations=".length()));
			}
			else if (arg.startsWith("--runs=")) {
				runs = Integer.parseInt(arg.substring("--runs=".length()));
			}
			else {
				url = arg;
			}
		}
		Path work = Files.createTempDirectory("prisma-deploy-profile-");
		try (BenchmarkServer server = BenchmarkServer.connect(url)) {
			GeneratedMigrations migrations = GeneratedMigrations.write(work, count);
			FlywayMigrate.quietLogging();
			System.out.print(new DeployProfile(server, TimingDriver.install(), count).run(migrations, runs));
		}
		finally {
			try (Stream<Path> files = Files.walk(work)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private String run(GeneratedMigrations migrations, int runs) {
		PrismaDeploy ours = new PrismaDeploy();
		Path prismaFolder = migrations.prismaFolder(this.count);
		Path flywayFolder = migrations.flywayFolder(this.count);
		Map<String, Consumer<PostgresConnection>> tools = new LinkedHashMap<>();
		tools.put("ours", (database) -> ours.migrate(database, prismaFolder, this.count));
		tools.put("Flyway", (database) -> flyway(database, flywayFolder));
		Map<String, Tally> tallies = new LinkedHashMap<>();
		tools.forEach((name, tool) -> {
			once(tool);
			tallies.put(name, new Tally());
		});
		for (int run = 0; run < runs; run++) {
			List<String> order = new ArrayList<>(tools.keySet());
			if (run % 2 == 1) {
				Collections.reverse(order);
			}
			for (String name : order) {
				Run measured = once(tools.get(name));
				tallies.get(name).add(measured.wallMillis(), measured.calls());
				System.err.println("Profile run " + (run + 1) + ", " + name + ": "
						+ Samples.number(measured.wallMillis(), 0) + " ms");
			}
		}
		StringBuilder out = new StringBuilder();
		tallies.forEach((name, tally) -> out.append(tally.markdown(name, runs, this.count)).append('\n'));
		return out.toString();
	}

	private Run once(Consumer<PostgresConnection> tool) {
		PostgresConnection database = this.server.createDatabase();
		try {
			this.driver.reset();
			long start = System.nanoTime();
			tool.accept(database);
			double wall = Samples.since(start);
			return new Run(wall, this.driver.report());
		}
		finally {
			this.server.dropDatabase(database);
		}
	}

	private record Run(double wallMillis, List<TimingDriver.Group> calls) {
	}

	private static void flyway(PostgresConnection database, Path folder) {
		// Flyway's defaults, but connecting through DriverManager: its own DriverDataSource would
		// bypass the timing driver.
		Flyway.configure().dataSource(dataSource(database)).locations("filesystem:" + folder).load().migrate();
	}

	private static DataSource dataSource(PostgresConnection database) {
		Properties properties = new Properties();
		database.user().ifPresent((user) -> properties.setProperty("user", user));
		database.password().ifPresent((password) -> properties.setProperty("password", new String(password)));
		return (DataSource) Proxy.newProxyInstance(DeployProfile.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> switch (method.getName()) {
					case "getConnection" -> DriverManager.getConnection(database.jdbcUrl(), properties);
					case "getLoginTimeout" -> 0;
					case "isWrapperFor" -> false;
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					case "toString" -> "DataSource " + database.database();
					default -> null;
				});
	}

	/** The calls of one tool, summed over its runs. */
	private static final class Tally {

		private final Map<String, double[]> groups = new LinkedHashMap<>();

		private double wall;

		void add(double wallMillis, List<TimingDriver.Group> calls) {
			this.wall += wallMillis;
			for (TimingDriver.Group group : calls) {
				double[] totals = this.groups.computeIfAbsent(group.label(), (label) -> new double[2]);
				totals[0] += group.count();
				totals[1] += group.millis();
			}
		}

		String markdown(String name, int runs, int count) {
			double migrations = (double) runs * count;
			StringBuilder out = new StringBuilder("#### " + name + ": " + Samples.number(this.wall / migrations, 2)
					+ " ms per migration (mean of " + runs + " runs of " + Samples.number(count, 0) + ")\n\n"
					+ "| JDBC call (time includes the server's work) | calls per migration | ms per migration |\n"
					+ "|---|---:|---:|\n");
			double timed = 0;
			double otherMillis = 0;
			double otherCalls = 0;
			List<Map.Entry<String, double[]>> sorted = new ArrayList<>(this.groups.entrySet());
			sorted.sort((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1]));
			for (Map.Entry<String, double[]> group : sorted) {
				double millis = group.getValue()[1] / migrations;
				double calls = group.getValue()[0] / migrations;
				timed += millis;
				if (millis < SHOWN_MILLIS_PER_MIGRATION) {
					otherMillis += millis;
					otherCalls += calls;
					continue;
				}
				out.append("| `").append(group.getKey().replace("|", "\\|")).append("` | ")
					.append(Samples.number(calls, 2)).append(" | ").append(Samples.number(millis, 2)).append(" |\n");
			}
			out.append("| other calls | ").append(Samples.number(otherCalls, 2)).append(" | ")
				.append(Samples.number(otherMillis, 2)).append(" |\n");
			out.append("| in the JVM between calls | | ")
				.append(Samples.number(this.wall / migrations - timed, 2)).append(" |\n");
			return out.toString();
		}

	}

}
