package dev.prismaspring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code migrate deploy} killed half-way: a deploy in a JVM of its own is killed with
 * {@code SIGKILL} at a random moment of a run, or has its connection ended by the server
 * ({@code pg_terminate_backend}). Each migration must then be applied whole (its tables and a
 * finished history row) or not at all, Prisma's advisory lock must not stay held, and the next
 * deploy must finish the job.
 *
 * <p>The random delays are fractions of a measured full run drawn from a seeded {@link Random};
 * the seed is printed, and {@code -Dprisma.test.kill.seed=<seed>} replays the same fractions.
 */
@PostgresTest
class KillDuringMigrationTest {

	private static final String FIRST = "20240101000000_small";

	private static final String SECOND = "20240101000001_big";

	private static final String SECOND_SCRIPT = """
			CREATE TABLE big AS SELECT g AS id, md5(g::text) AS v FROM generate_series(1, 150000) g;
			CREATE INDEX big_v_idx ON big(v);
			ALTER TABLE big ADD COLUMN w INTEGER NOT NULL DEFAULT 0;
			SELECT pg_sleep(0.3);
			""";

	private static final long LOCK_KEY = 72707369L;

	private static final String HELD_LOCKS = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = "
			+ LOCK_KEY + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

	private static final String OTHER_SESSIONS = "SELECT count(*) FROM pg_stat_activity WHERE datname ="
			+ " current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'";

	private static final Duration SETTLE_WAIT = Duration.ofSeconds(10);

	private static final Duration PROCESS_TIMEOUT = Duration.ofMinutes(1);

	@TempDir
	static Path directory;

	private static Path migrations;

	private static long fullRunMillis;

	private static Random random;

	@BeforeAll
	static void measureAFullDeploy(TestDatabase database) throws IOException {
		migrations = directory.resolve("migrations");
		Files.createDirectories(migrations.resolve(FIRST));
		Files.writeString(migrations.resolve(FIRST).resolve("migration.sql"),
				"CREATE TABLE small (id INTEGER PRIMARY KEY, label TEXT NOT NULL);\nINSERT INTO small VALUES (1, 'one');\n");
		Files.createDirectories(migrations.resolve(SECOND));
		Files.writeString(migrations.resolve(SECOND).resolve("migration.sql"), SECOND_SCRIPT);
		// The first run warms the file cache and the server; the second one is the measure.
		for (int run = 0; run < 2; run++) {
			resetSchema(database);
			try (CliProcess deploy = startDeploy(database)) {
				awaitExit(deploy, database);
				fullRunMillis = deploy.elapsed().toMillis();
				assertThat(deploy.exitCode()).as(deploy.describe(database)).isZero();
			}
			assertBothApplied(database);
		}
		long seed = Long.getLong("prisma.test.kill.seed", System.nanoTime());
		random = new Random(seed);
		System.out.println("KillDuringMigrationTest: a full deploy in a new JVM took " + fullRunMillis
				+ " ms; random seed " + seed + " (replay with -Dprisma.test.kill.seed=" + seed + ")");
	}

	@RepeatedTest(value = 20, name = "kill {currentRepetition} of {totalRepetitions}")
	void aDeployKilledAtARandomMomentLeavesEachMigrationWholeOrAbsentAndReleasesTheLock(TestDatabase database,
			RepetitionInfo repetition) throws Exception {
		resetSchema(database);
		double fraction = random.nextDouble();
		long delay = Math.round(fraction * fullRunMillis);
		System.out.printf("Kill %d: SIGKILL after %d ms (%.3f of a full run)%n", repetition.getCurrentRepetition(),
				delay, fraction);
		try (CliProcess deploy = startDeploy(database)) {
			long remaining = delay - deploy.elapsed().toMillis();
			boolean exitedFirst = (remaining > 0) ? deploy.waitFor(Duration.ofMillis(remaining)) : !deploy.isAlive();
			deploy.kill();
			System.out.println("  " + (exitedFirst ? "the deploy had ended by itself; " : "") + "last output: "
					+ lastLine(CliProcess.redact(deploy.stdout(), database)));
			if (exitedFirst) {
				assertThat(deploy.exitCode()).as("a deploy that ended before the kill: %s", deploy.describe(database))
					.isZero();
			}
		}
		awaitNoSessionAndNoLock(database);
		assertWholeOrAbsent(database);
		deployAgainAndAssertBothApplied(database);
	}

	@Test
	void aDeployWhoseConnectionTheServerEndsExitsWithAnErrorAndLeavesNoPartialMigration(TestDatabase database)
			throws Exception {
		resetSchema(database);
		try (CliProcess deploy = startDeploy(database); Connection monitor = database.connection()) {
			Integer backend = null;
			long deadline = System.nanoTime() + PROCESS_TIMEOUT.toNanos();
			while (backend == null && deploy.isAlive() && System.nanoTime() - deadline < 0) {
				backend = backendRunningCreateTableBig(monitor);
				if (backend == null) {
					Thread.sleep(5);
				}
			}
			assertThat(backend).as("a backend running CREATE TABLE big during the deploy: %s", deploy.describe(database))
				.isNotNull();
			try (PreparedStatement terminate = monitor.prepareStatement("SELECT pg_terminate_backend(?)")) {
				terminate.setInt(1, backend);
				try (ResultSet result = terminate.executeQuery()) {
					result.next();
					assertThat(result.getBoolean(1)).as("pg_terminate_backend(%d)", backend).isTrue();
				}
			}
			awaitExit(deploy, database);
			assertThat(deploy.exitCode()).as(deploy.describe(database)).isEqualTo(1);
			assertThat(deploy.stderr()).as(deploy.describe(database)).contains("Error: ");
		}
		awaitNoSessionAndNoLock(database);
		assertThat(tableExists(database, "big")).as("table big after its migration's connection was ended").isFalse();
		assertThat(historyRows(database, SECOND)).as("history rows of %s", SECOND).isEmpty();
		assertThat(historyRows(database, FIRST)).as("history rows of %s", FIRST).containsExactly("finished");
		deployAgainAndAssertBothApplied(database);
	}

	private static CliProcess startDeploy(TestDatabase database) {
		return CliProcess.start(directory, "migrate", "deploy", "--url", database.postgresUrl(), "--migrations",
				migrations.toString());
	}

	private static void awaitExit(CliProcess deploy, TestDatabase database) {
		if (!deploy.waitFor(PROCESS_TIMEOUT)) {
			deploy.kill();
			fail("The deploy did not finish within " + PROCESS_TIMEOUT.toSeconds() + " s: " + deploy.describe(database));
		}
	}

	private static void resetSchema(TestDatabase database) {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
	}

	/** The server notices a dead client only when it next talks to it: wait for its sessions to end. */
	private static void awaitNoSessionAndNoLock(TestDatabase database) throws SQLException, InterruptedException {
		try (Connection monitor = database.connection()) {
			long deadline = System.nanoTime() + SETTLE_WAIT.toNanos();
			long sessions;
			long locks;
			while (true) {
				sessions = count(monitor, OTHER_SESSIONS);
				locks = count(monitor, HELD_LOCKS);
				if ((sessions == 0 && locks == 0) || System.nanoTime() - deadline >= 0) {
					break;
				}
				Thread.sleep(20);
			}
			assertThat(locks).as("advisory locks %d still held %d s after the deploy ended", LOCK_KEY,
					SETTLE_WAIT.toSeconds())
				.isZero();
			assertThat(sessions).as("sessions of the ended deploy still open %d s after it ended", SETTLE_WAIT.toSeconds())
				.isZero();
		}
	}

	private static void assertWholeOrAbsent(TestDatabase database) {
		List<String> first = historyRows(database, FIRST);
		if (first.isEmpty()) {
			assertThat(tableExists(database, "small")).as("table small of %s, which has no history row", FIRST).isFalse();
		}
		else {
			assertThat(first).as("history rows of %s", FIRST).containsExactly("finished");
			assertThat(database.queryForObject("SELECT count(*) FROM small", Long.class)).isOne();
		}
		List<String> second = historyRows(database, SECOND);
		if (second.isEmpty()) {
			assertThat(tableExists(database, "big")).as("table big of %s, which has no history row", SECOND).isFalse();
			assertThat(tableExists(database, "big_v_idx")).as("index big_v_idx of %s, which has no history row", SECOND)
				.isFalse();
		}
		else {
			assertThat(second).as("history rows of %s", SECOND).containsExactly("finished");
			assertSecondApplied(database);
		}
	}

	private static void deployAgainAndAssertBothApplied(TestDatabase database) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = PrismaCli.execute(new PrintWriter(out), new PrintWriter(err), "migrate", "deploy", "--url",
				database.postgresUrl(), "--migrations", migrations.toString());
		assertThat(exitCode).as("the next deploy: %s", CliProcess.redact(out + "\n" + err, database)).isZero();
		assertBothApplied(database);
	}

	private static void assertBothApplied(TestDatabase database) {
		assertThat(historyRows(database, FIRST)).as("history rows of %s", FIRST).containsExactly("finished");
		assertThat(historyRows(database, SECOND)).as("history rows of %s", SECOND).containsExactly("finished");
		assertThat(database.queryForObject("SELECT count(*) FROM small", Long.class)).isOne();
		assertSecondApplied(database);
	}

	private static void assertSecondApplied(TestDatabase database) {
		assertThat(database.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_schema ="
				+ " 'public' AND table_name = 'big' AND column_name = 'w'", Long.class))
			.as("column big.w")
			.isOne();
		assertThat(tableExists(database, "big_v_idx")).as("index big_v_idx").isTrue();
		assertThat(database.queryForObject("SELECT count(*) FROM big", Long.class)).isEqualTo(150000L);
	}

	/** @return one entry per history row of the migration: {@code finished}, or what is wrong with it */
	private static List<String> historyRows(TestDatabase database, String migration) {
		if (!tableExists(database, "_prisma_migrations")) {
			return List.of();
		}
		return database.queryForList("SELECT CASE WHEN finished_at IS NOT NULL AND rolled_back_at IS NULL AND logs IS"
				+ " NULL AND applied_steps_count = 1 THEN 'finished' ELSE 'unfinished: finished_at=' ||"
				+ " coalesce(finished_at::text, 'null') || ', rolled_back_at=' || coalesce(rolled_back_at::text, 'null')"
				+ " || ', steps=' || applied_steps_count || ', logs=' || coalesce(logs, 'null') END FROM"
				+ " _prisma_migrations WHERE migration_name = ? ORDER BY started_at", String.class, migration);
	}

	private static boolean tableExists(TestDatabase database, String name) {
		return database.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, "public." + name);
	}

	private static Integer backendRunningCreateTableBig(Connection monitor) throws SQLException {
		try (PreparedStatement statement = monitor.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname ="
				+ " current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE"
				+ " '%CREATE TABLE big AS%' LIMIT 1"); ResultSet result = statement.executeQuery()) {
			return result.next() ? result.getInt(1) : null;
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
			result.next();
			return result.getLong(1);
		}
	}

	private static String lastLine(String output) {
		List<String> lines = output.lines().filter((line) -> !line.isBlank()).toList();
		return lines.isEmpty() ? "(none)" : lines.get(lines.size() - 1);
	}

}
