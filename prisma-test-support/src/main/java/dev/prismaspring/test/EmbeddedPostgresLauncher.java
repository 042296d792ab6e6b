package dev.prismaspring.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the embedded PostgreSQL 17 that tests use when no server is configured. One per JVM:
 * starting a cluster costs seconds, a database only milliseconds.
 */
final class EmbeddedPostgresLauncher {

	// Generous: two cores shared by several builds make initdb slow.
	private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

	private static final int LOG_TAIL_LINES = 30;

	private EmbeddedPostgresLauncher() {
	}

	static ServerSettings start() {
		Path log = createLogFile();
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPGStartupWait(STARTUP_WAIT)
				// The machine's locale may not exist for the bundled binaries; "C" always does.
				.setLocaleConfig("locale", "C")
				// zonky logs through SLF4J, which test classpaths often leave unbound, so
				// initdb's and the server's own words would be lost without a file.
				.setOutputRedirector(Redirect.appendTo(log.toFile()))
				.setErrorRedirector(Redirect.appendTo(log.toFile()))
				// zonky stops the server (and removes its data directory) in a JVM shutdown hook.
				.setRegisterShutdownHook(true)
				.start();
			log.toFile().deleteOnExit();
			return new ServerSettings("localhost", postgres.getPort(), "postgres", null, "postgres", Map.of());
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL for tests: " + ex.getMessage()
					+ ". Its output is in " + log + tail(log) + "\nWhen running as root this needs user namespaces"
					+ " ('unshare -U' must work). Alternatively set " + PostgresServer.URL_VARIABLE
					+ " to a server the tests may create databases on, e.g. postgresql://postgres@127.0.0.1:5432/postgres",
					ex);
		}
	}

	private static Path createLogFile() {
		try {
			return Files.createTempFile("prisma-test-postgres-", ".log");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a log file for the embedded PostgreSQL", ex);
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
			return tail.isEmpty() ? "" : ":\n  " + String.join("\n  ", tail);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
