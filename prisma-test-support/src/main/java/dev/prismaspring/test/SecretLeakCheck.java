package dev.prismaspring.test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Fails a test when a test password ({@link TestSecrets}, and the test server's own when it has
 * one) appears in what the test class wrote to standard output or standard error (log lines, CLI
 * output, stack traces printed) or in the message of an exception a test did not catch. Every
 * {@link PostgresTest} class runs under it. The output still reaches the console.
 */
public final class SecretLeakCheck
		implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, TestExecutionExceptionHandler {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SecretLeakCheck.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		if (context.getStore(NAMESPACE).get(Capture.class) == null) {
			context.getStore(NAMESPACE).put(Capture.class, Capture.start());
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		check(context, "the output of " + context.getDisplayName());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Capture capture = context.getStore(NAMESPACE).remove(Capture.class, Capture.class);
		if (capture != null) {
			try {
				failOnLeaks(capture.takeText(), "the output of " + context.getDisplayName() + " (set-up and tear-down)");
			}
			finally {
				capture.stop();
			}
		}
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			messages.append(cause).append('\n');
		}
		failOnLeaks(messages.toString(), "an exception of " + context.getDisplayName());
		throw throwable;
	}

	private static void check(ExtensionContext context, String where) {
		for (ExtensionContext current = context; current != null; current = current.getParent().orElse(null)) {
			Capture capture = current.getStore(NAMESPACE).get(Capture.class, Capture.class);
			if (capture != null) {
				failOnLeaks(capture.takeText(), where);
				return;
			}
		}
	}

	private static void failOnLeaks(String text, String where) {
		List<String> leaks = leaks(text, secrets());
		if (!leaks.isEmpty()) {
			throw new AssertionError("A test password appeared in " + where + " (shown masked):\n  "
					+ String.join("\n  ", leaks));
		}
	}

	/**
	 * @param text what was written
	 * @param secrets the passwords to look for
	 * @return each line holding one of them, the password masked
	 */
	static List<String> leaks(String text, List<String> secrets) {
		List<String> leaks = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String masked = line;
			for (String secret : secrets) {
				masked = masked.replace(secret, "<password>");
			}
			if (!masked.equals(line)) {
				leaks.add(masked);
			}
		}
		return leaks;
	}

	private static List<String> secrets() {
		List<String> secrets = new ArrayList<>(TestSecrets.ALL);
		String serverPassword = PostgresServer.configuredPassword();
		if (serverPassword != null && serverPassword.length() >= 4) {
			secrets.add(serverPassword);
		}
		return secrets;
	}

	/** Standard output and error, copied into a buffer while they still reach the console. */
	private static final class Capture {

		private final PrintStream out;

		private final PrintStream err;

		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

		private Capture(PrintStream out, PrintStream err) {
			this.out = out;
			this.err = err;
		}

		static Capture start() {
			Capture capture = new Capture(System.out, System.err);
			System.setOut(new TeeStream(capture.out, capture.buffer));
			System.setErr(new TeeStream(capture.err, capture.buffer));
			return capture;
		}

		synchronized String takeText() {
			synchronized (this.buffer) {
				String text = this.buffer.toString(StandardCharsets.UTF_8);
				this.buffer.reset();
				return text;
			}
		}

		void stop() {
			System.setOut(this.out);
			System.setErr(this.err);
		}

	}

	private static final class TeeStream extends PrintStream {

		TeeStream(PrintStream console, ByteArrayOutputStream buffer) {
			super(new OutputStream() {

				@Override
				public void write(int b) {
					console.write(b);
					synchronized (buffer) {
						buffer.write(b);
					}
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					console.write(bytes, offset, length);
					synchronized (buffer) {
						buffer.write(bytes, offset, length);
					}
				}

				@Override
				public void flush() {
					console.flush();
				}

			}, true, StandardCharsets.UTF_8);
		}

	}

}
