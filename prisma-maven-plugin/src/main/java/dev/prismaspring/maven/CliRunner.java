package dev.prismaspring.maven;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import dev.prismaspring.cli.PrismaCli;

/**
 * Runs a CLI command in the build's JVM: its output lines become info lines of the log, its
 * diagnostics warnings, and a non-zero exit code a failure whose message is the diagnostics.
 * Every line passes through {@link CliArguments#redact(String)} on top of the CLI's own redaction.
 */
final class CliRunner {

	private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

	private CliRunner() {
	}

	static void run(CliArguments arguments, Log log) throws MojoFailureException {
		StringWriter err = new StringWriter();
		int code;
		try (LineWriter out = new LineWriter((line) -> log.info(MavenWording.of(arguments.redact(line))))) {
			code = PrismaCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), arguments.toArray());
		}
		String diagnostics = MavenWording.of(clean(arguments.redact(err.toString())));
		if (code != 0) {
			throw new MojoFailureException(diagnostics.isBlank()
					? "`prisma " + arguments.name() + "` failed with exit code " + code + "; its output is above."
					: diagnostics);
		}
		diagnostics.lines().filter((line) -> !line.isBlank()).forEach(log::warn);
	}

	// Maven prints the message after "Failed to execute goal ...:": no colours, no second "Error:".
	static String clean(String text) {
		String plain = ANSI.matcher(text).replaceAll("");
		StringBuilder result = new StringBuilder();
		for (String line : plain.split("\\R", -1)) {
			result.append(line.startsWith("Error: ") ? line.substring("Error: ".length()) : line).append('\n');
		}
		return result.toString().strip();
	}
}
