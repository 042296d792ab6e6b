package dev.prismaspring.maven;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.url.PostgresConnection;

/**
 * One command line of the CLI, built from a goal's parameters, and the secrets in it that must
 * not reach a log line or message.
 */
final class CliArguments {

	// Shorter passwords would mangle ordinary words; the CLI redacts them itself.
	private static final int MIN_SECRET = 4;

	private final List<String> command;

	private final List<String> arguments = new ArrayList<>();

	private final Set<String> secrets = new LinkedHashSet<>();

	CliArguments(String... command) {
		this.command = List.of(command);
	}

	/** Adds {@code option value}, unless the value is {@code null}. */
	CliArguments option(String option, Object value) {
		if (value != null) {
			this.arguments.add(option);
			this.arguments.add((value instanceof File file) ? file.getPath() : String.valueOf(value));
		}
		return this;
	}

	/** Adds the option when it is on. */
	CliArguments flag(String option, boolean on) {
		if (on) {
			this.arguments.add(option);
		}
		return this;
	}

	/** Adds {@code option url}, unless the database is {@code null}, and remembers its password. */
	CliArguments url(String option, DatabaseUrl database) {
		if (database != null) {
			option(option, database.url());
			this.secrets.addAll(passwords(database.url()));
		}
		return this;
	}

	/** Adds a positional argument. */
	CliArguments positional(Object value) {
		this.arguments.add((value instanceof File file) ? file.getPath() : String.valueOf(value));
		return this;
	}

	/** @return how the command is called, e.g. {@code migrate dev} */
	String name() {
		return String.join(" ", this.command);
	}

	String[] toArray() {
		List<String> all = new ArrayList<>(this.command);
		all.addAll(this.arguments);
		return all.toArray(String[]::new);
	}

	/** @return the text with every password given to the command replaced by {@code ****} */
	String redact(String text) {
		String result = text;
		for (String secret : this.secrets) {
			result = result.replace(secret, "****");
		}
		return result;
	}

	private static List<String> passwords(String url) {
		try {
			PostgresConnection connection = PostgresConnection.parse(url, "the database URL");
			List<String> passwords = new ArrayList<>();
			connection.password().map(String::new).filter((password) -> password.length() >= MIN_SECRET).ifPresent((password) -> {
				passwords.add(password);
				passwords.add(URLEncoder.encode(password, StandardCharsets.UTF_8));
				passwords.add(URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20"));
			});
			return passwords;
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}

	@Override
	public String toString() {
		return "prisma " + name();
	}
}
