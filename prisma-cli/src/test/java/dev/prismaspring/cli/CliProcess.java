package dev.prismaspring.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.prismaspring.test.TestDatabase;

/**
 * The CLI ({@link PrismaCli}) running in a JVM of its own, started with the test JVM's java
 * executable and class path, for tests that need separate processes: several migrators at once,
 * or one killed with {@code SIGKILL}. Its output goes to temporary files rather than pipes, so a
 * process is never blocked by a full pipe nobody reads.
 *
 * <p>Arguments may carry a database URL with its password; they are never printed. Output shown
 * in a message goes through {@link #redact(String, TestDatabase)}.
 */
final class CliProcess implements AutoCloseable {

	// Short-lived children on a small machine: start fast, stay small.
	private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

	private final Process process;

	private final Path stdout;

	private final Path stderr;

	private final long startedNanos;

	private CliProcess(Process process, Path stdout, Path stderr, long startedNanos) {
		this.process = process;
		this.stdout = stdout;
		this.stderr = stderr;
		this.startedNanos = startedNanos;
	}

	/**
	 * Start {@code java -cp <test class path> dev.prismaspring.cli.PrismaCli <arguments>}.
	 * @param directory the working directory, also where the output files go
	 * @param arguments the CLI's arguments
	 * @return the running process
	 */
	static CliProcess start(Path directory, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(JVM_OPTIONS);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(PrismaCli.class.getName());
		command.addAll(List.of(arguments));
		try {
			Path stdout = Files.createTempFile(directory, "cli-", ".out");
			Path stderr = Files.createTempFile(directory, "cli-", ".err");
			long started = System.nanoTime();
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile())
				.start();
			// No input: a command that asks for some must fail, not hang.
			process.getOutputStream().close();
			return new CliProcess(process, stdout, stderr, started);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the CLI in a new JVM", ex);
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command()
			.orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/**
	 * Wait for the process to exit.
	 * @param timeout how long to wait
	 * @return {@code true} if it exited, {@code false} if it still runs
	 */
	boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the CLI process", ex);
		}
	}

	/**
	 * Tell whether the process still runs.
	 * @return {@code true} until it exits
	 */
	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Kill the process with {@code SIGKILL} (on Linux) and wait until it is gone.
	 */
	void kill() {
		this.process.destroyForcibly();
		waitFor(Duration.ofSeconds(30));
	}

	/**
	 * Return the process's exit code.
	 * @return the exit code
	 * @throws IllegalThreadStateException if it still runs
	 */
	int exitCode() {
		return this.process.exitValue();
	}

	/**
	 * Return the time since the process was started.
	 * @return the elapsed time
	 */
	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.startedNanos);
	}

	/**
	 * Return what the process wrote to standard output so far, unredacted.
	 * @return the text
	 */
	String stdout() {
		return read(this.stdout);
	}

	/**
	 * Return what the process wrote to standard error so far, unredacted.
	 * @return the text
	 */
	String stderr() {
		return read(this.stderr);
	}

	/**
	 * Describe the exit code and output for an assertion message, with the password masked.
	 * @param database the database whose password to mask
	 * @return the description
	 */
	String describe(TestDatabase database) {
		String exit = this.process.isAlive() ? "still running" : "exit code " + this.process.exitValue();
		return redact(exit + "\n--- stdout\n" + stdout() + "--- stderr\n" + stderr(), database);
	}

	/**
	 * Mask a database's password, as typed and as encoded in a URL, in text meant for a message.
	 * @param text the text
	 * @param database the database
	 * @return the text with the password replaced by {@code ****}
	 */
	static String redact(String text, TestDatabase database) {
		String password = database.password();
		if (password == null || password.isEmpty()) {
			return text;
		}
		return text.replace(password, "****").replace(URLEncoder.encode(password, StandardCharsets.UTF_8), "****");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the CLI's output " + file, ex);
		}
	}

	/** Kill the process if it still runs and delete its output files. */
	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
		try {
			Files.deleteIfExists(this.stdout);
			Files.deleteIfExists(this.stderr);
		}
		catch (IOException ex) {
			// The temporary directory goes away with the test anyway.
		}
	}

}
