package dev.prismaspring.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * Prisma's own engines as the reference answer: runs {@code ../shared/prisma-oracle/oracle}
 * ({@code validate|format|dmmf FILE}, {@code diff FROM TO}, {@code pull URL}).
 *
 * <p>Every {@code run} method first calls {@link #assumeAvailable()}, so a test that uses the
 * oracle is skipped, not failed, on a machine without {@code ../shared} or Node.
 */
public final class PrismaOracle {

	/**
	 * How long a call may take unless told otherwise: the first call on a machine installs the
	 * oracle's npm packages.
	 */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

	private PrismaOracle() {
	}

	/**
	 * Tell whether the oracle can run here, without skipping anything.
	 * @return {@code true} when the oracle script exists and {@code node} is on {@code PATH}
	 */
	public static boolean isAvailable() {
		return Files.isRegularFile(script()) && Executables.onPath("node") && Executables.onPath("bash");
	}

	/**
	 * Skip the calling test unless the oracle can run here.
	 * @return the oracle script
	 */
	public static Path assumeAvailable() {
		Path script = script();
		Assumptions.assumeTrue(Files.isRegularFile(script),
				() -> "../shared/prisma-oracle not found (looked for " + script + ")");
		Assumptions.assumeTrue(Executables.onPath("node"), "node not on PATH: the Prisma oracle needs Node.js");
		Assumptions.assumeTrue(Executables.onPath("bash"), "bash not on PATH: the Prisma oracle is a bash script");
		return script;
	}

	/**
	 * Run the oracle, e.g. {@code run("validate", schema.toString())}.
	 * @param args the oracle's arguments
	 * @return its exit code and output
	 */
	public static CommandResult run(String... args) {
		return run(DEFAULT_TIMEOUT, Map.of(), args);
	}

	/**
	 * Run the oracle with {@code DATABASE_URL} set to the given database, the connection its
	 * {@code diff} command keeps open and where it replays {@code migrations:} folders.
	 * @param database the database for {@code DATABASE_URL}
	 * @param args the oracle's arguments
	 * @return its exit code and output
	 */
	public static CommandResult run(TestDatabase database, String... args) {
		return run(DEFAULT_TIMEOUT, Map.of("DATABASE_URL", database.postgresUrl()), args);
	}

	/**
	 * Run the oracle with extra environment variables and a time limit.
	 * @param timeout how long to wait before killing it and failing
	 * @param environment variables added to this JVM's environment
	 * @param args the oracle's arguments
	 * @return its exit code and output
	 */
	public static CommandResult run(Duration timeout, Map<String, String> environment, String... args) {
		Path script = assumeAvailable();
		List<String> command = new ArrayList<>(List.of("bash", script.toString()));
		command.addAll(List.of(args));
		return ProcessRunner.run(command, environment, timeout);
	}

	private static Path script() {
		return SharedFolder.expectedLocation().resolve("prisma-oracle").resolve("oracle");
	}

}
