package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.prismaspring.schema.url.PostgresConnection;

/**
 * The sample application ({@code sample-app.jar}) started as a process of its own on a given
 * database and migrations folder, on a free port, its console written to a log file.
 */
final class SampleAppProcess implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("started on port (\\d+)");

	/** The only lines above INFO a healthy start may print: waiting for another instance's migration. */
	private static final String LOCK_WAIT = "Waiting for the migration lock";

	private final String name;

	private final Process process;

	private final Path log;

	private SampleAppProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * @param name for messages, e.g. {@code instance 3}
	 * @param jar the sample application's jar
	 * @param database the database it works on
	 * @param migrations its migrations folder
	 * @param log where its console goes
	 * @return the started process (not yet ready)
	 */
	static SampleAppProcess start(String name, Path jar, PostgresConnection database, Path migrations, Path log) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString(), "--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
				"--prisma.migrations-location=file:" + migrations,
				"--management.endpoints.web.exposure.include=health,prisma,metrics"));
		database.user().ifPresent((user) -> command.add("--spring.datasource.username=" + user));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		environment.remove("DATABASE_URL");
		environment.remove("SHADOW_DATABASE_URL");
		// The password goes by environment, never on a command line others can list.
		database.password().ifPresent((password) -> environment.put("SPRING_DATASOURCE_PASSWORD", new String(password)));
		try {
			return new SampleAppProcess(name, builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	/**
	 * @param timeout how long to wait
	 * @return the HTTP port, once the application is ready
	 */
	int awaitPort(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Matcher port = PORT.matcher(logText());
			if (port.find()) {
				return Integer.parseInt(port.group(1));
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + ":\n" + logText());
			}
			sleep(100);
		}
		throw new IllegalStateException(this.name + " was not up after " + timeout.toSeconds() + " s:\n" + logText());
	}

	/** @return the log's lines above INFO other than the lock wait */
	List<String> problems() {
		return logText().lines()
			.filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("Exception"))
			.filter((line) -> !line.contains(LOCK_WAIT))
			.toList();
	}

	/** @return whether it waited for another instance's migration */
	boolean waitedForTheLock() {
		return logText().contains(LOCK_WAIT);
	}

	String name() {
		return this.name;
	}

	private String logText() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
