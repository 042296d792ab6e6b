package dev.prismaspring.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command to completion with a time limit. Output goes to temporary files
 * rather than pipes, so a chatty process can never block on a full pipe nobody reads.
 */
final class ProcessRunner {

	private ProcessRunner() {
	}

	static CommandResult run(List<String> command, Map<String, String> environment, Duration timeout) {
		Path stdout = null;
		Path stderr = null;
		try {
			stdout = Files.createTempFile("prisma-test-", ".out");
			stderr = Files.createTempFile("prisma-test-", ".err");
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			// No stdin: CI runs without one, and a command waiting for input should fail, not hang.
			process.getOutputStream().close();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IllegalStateException(
						"'" + describe(command) + "' did not finish within " + timeout.toSeconds() + " seconds");
			}
			return new CommandResult(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
					Files.readString(stderr, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run '" + describe(command) + "'", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running '" + describe(command) + "'", ex);
		}
		finally {
			deleteQuietly(stdout);
			deleteQuietly(stderr);
		}
	}

	static String describe(List<String> command) {
		return Redaction.redact(String.join(" ", command));
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// A leftover temporary file is not worth failing a test over.
			}
		}
	}

}
