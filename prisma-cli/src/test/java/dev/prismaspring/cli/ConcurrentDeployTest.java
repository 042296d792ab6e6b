package dev.prismaspring.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Eight {@code migrate deploy} processes, separate JVMs started at once against one database
 * with 30 pending migrations: Prisma's advisory lock must let exactly one of them apply each
 * migration, once, while the others wait for it and then find nothing left to do.
 *
 * <p>Every migration records itself in {@code applied_log}, whose {@code UNIQUE} name would
 * fail a second application, and sleeps a little to widen any race window.
 */
@PostgresTest
class ConcurrentDeployTest {

	private static final int PROCESSES = 8;

	private static final int MIGRATIONS = 30;

	private static final Duration PROCESS_TIMEOUT = Duration.ofMinutes(3);

	private static final Pattern APPLYING = Pattern.compile("Applying migration `([^`]+)`");

	@TempDir
	Path directory;

	@Test
	void eightDeploysStartedAtOnceApplyEachMigrationExactlyOnce(TestDatabase database) throws IOException {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		Path migrations = writeMigrations(this.directory.resolve("migrations"));
		List<String> expected = IntStream.rangeClosed(1, MIGRATIONS).mapToObj(ConcurrentDeployTest::migrationName)
			.collect(Collectors.toList());
		List<CliProcess> processes = new ArrayList<>();
		try {
			long started = System.nanoTime();
			for (int i = 0; i < PROCESSES; i++) {
				processes.add(CliProcess.start(this.directory, "migrate", "deploy", "--url", database.postgresUrl(),
						"--migrations", migrations.toString(), "--lock-wait", "120"));
			}
			long deadline = started + PROCESS_TIMEOUT.toNanos();
			for (int i = 0; i < PROCESSES; i++) {
				CliProcess process = processes.get(i);
				if (!process.waitFor(Duration.ofNanos(deadline - System.nanoTime()))) {
					process.kill();
					fail("Deploy process " + i + " did not finish within " + PROCESS_TIMEOUT.toSeconds() + " s: "
							+ process.describe(database));
				}
			}
			System.out.println(PROCESSES + " concurrent deploys took "
					+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
			List<String> applying = new ArrayList<>();
			for (int i = 0; i < PROCESSES; i++) {
				CliProcess process = processes.get(i);
				assertThat(process.exitCode()).as("deploy process %d: %s", i, process.describe(database)).isZero();
				assertThat(process.stderr()).as("stderr of deploy process %d: %s", i, process.describe(database))
					.doesNotContain("Error")
					.doesNotContain("Exception");
				List<String> names = applied(process.stdout());
				System.out.println("Deploy process " + i + " applied " + names.size() + " migration(s)"
						+ (process.stderr().contains("Waiting for the migration lock") ? " after waiting for the lock" : ""));
				applying.addAll(names);
			}
			assertThat(applying).as("migrations named in 'Applying migration' lines across all processes")
				.containsExactlyInAnyOrderElementsOf(expected);
		}
		finally {
			processes.forEach(CliProcess::close);
		}
		assertThat(database.queryForObject("SELECT count(*) FROM _prisma_migrations", Long.class)).isEqualTo(MIGRATIONS);
		assertThat(database.queryForList("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL"
				+ " AND rolled_back_at IS NULL AND logs IS NULL AND applied_steps_count = 1 ORDER BY migration_name",
				String.class))
			.containsExactlyElementsOf(expected);
		assertThat(database.queryForObject("SELECT count(*) FROM applied_log", Long.class)).isEqualTo(MIGRATIONS);
		assertThat(database.queryForList("SELECT name FROM applied_log ORDER BY name", String.class))
			.containsExactlyElementsOf(IntStream.rangeClosed(1, MIGRATIONS).mapToObj(ConcurrentDeployTest::tag)
				.collect(Collectors.toList()));
	}

	private static Path writeMigrations(Path folder) throws IOException {
		for (int i = 1; i <= MIGRATIONS; i++) {
			Path directory = Files.createDirectories(folder.resolve(migrationName(i)));
			String script = ((i == 1) ? "CREATE TABLE applied_log (name TEXT NOT NULL UNIQUE,"
					+ " applied_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp());\n" : "")
					+ "CREATE TABLE t_" + tag(i) + " (id INTEGER PRIMARY KEY);\n"
					+ "INSERT INTO applied_log(name) VALUES ('" + tag(i) + "');\n"
					+ "SELECT pg_sleep(0.05);\n";
			Files.writeString(directory.resolve("migration.sql"), script);
		}
		return folder;
	}

	private static List<String> applied(String stdout) {
		List<String> names = new ArrayList<>();
		Matcher matcher = APPLYING.matcher(stdout);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static String migrationName(int i) {
		return String.format("202401010000%02d_%s", i, tag(i));
	}

	private static String tag(int i) {
		return String.format("m%02d", i);
	}

}
