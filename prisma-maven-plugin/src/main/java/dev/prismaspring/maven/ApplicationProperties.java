package dev.prismaspring.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import dev.prismaspring.schema.url.EnvLookup;

/**
 * The properties a Spring Boot application reads from {@code application.properties},
 * {@code application.yml} and {@code application.yaml} in its resources, read the way Spring
 * Boot reads them, so a goal finds the database the application uses:
 * <ul>
 * <li>{@code .properties} wins over {@code .yml}, which wins over {@code .yaml};</li>
 * <li>nested YAML keys are flattened ({@code spring: datasource: url:} is
 * {@code spring.datasource.url}), list items become {@code key[0]};</li>
 * <li>documents activated by a profile or cloud platform ({@code spring.config.activate.*}) are
 * left out: the build runs without profiles;</li>
 * <li>names are relaxed: {@code shadow-url}, {@code shadowUrl} and {@code shadow_url} are one key;</li>
 * <li>an environment variable overrides a key as in Spring ({@code SPRING_DATASOURCE_URL} for
 * {@code spring.datasource.url});</li>
 * <li>{@code ${NAME}} and {@code ${NAME:default}} placeholders are resolved from the environment,
 * then from the other keys.</li>
 * </ul>
 */
final class ApplicationProperties {

	static final List<String> FILE_NAMES = List.of("application.properties", "application.yml", "application.yaml");

	private static final int MAX_DEPTH = 32;

	private final Map<String, Value> values;

	private final EnvLookup environment;

	private ApplicationProperties(Map<String, Value> values, EnvLookup environment) {
		this.values = values;
		this.environment = environment;
	}

	/**
	 * @param directory the folder holding the application's configuration files, e.g.
	 * {@code src/main/resources}; it may be missing
	 * @param environment where environment variables are read
	 */
	static ApplicationProperties load(Path directory, EnvLookup environment) {
		Map<String, Value> values = new LinkedHashMap<>();
		for (String name : FILE_NAMES) {
			Path file = directory.resolve(name);
			if (!Files.isRegularFile(file)) {
				continue;
			}
			Map<String, String> read = name.endsWith(".properties") ? readProperties(file) : readYaml(file);
			read.forEach((key, value) -> values.putIfAbsent(canonical(key), new Value(key, value, name)));
		}
		return new ApplicationProperties(values, environment);
	}

	static ApplicationProperties of(Map<String, String> properties, EnvLookup environment) {
		Map<String, Value> values = new LinkedHashMap<>();
		properties.forEach((key, value) -> values.put(canonical(key), new Value(key, value, "the configuration")));
		return new ApplicationProperties(values, environment);
	}

	/**
	 * @param key a property name in Spring's canonical form, e.g. {@code prisma.datasource.shadow-url}
	 * @return its value with placeholders resolved, or {@code null} when it is not set or blank
	 * @throws PluginFailure when a placeholder can be resolved neither from the environment nor
	 * from another key, and has no default
	 */
	String get(String key) {
		String fromEnvironment = this.environment.get(environmentName(key));
		if (fromEnvironment != null) {
			return blankToNull(fromEnvironment);
		}
		Value value = this.values.get(canonical(key));
		if (value == null) {
			return null;
		}
		return blankToNull(resolve(value.text(), value, new HashSet<>(Set.of(canonical(key))), 0));
	}

	/**
	 * What {@code env("NAME")} in a schema means in the application, where Spring's Environment
	 * answers it: the environment variable, else a key of that name in the configuration.
	 * @param name the variable's name
	 * @return its value, or {@code null} when it is not set or blank
	 */
	String lookup(String name) {
		String value = placeholder(name, null, new HashSet<>(), 0);
		return blankToNull(value);
	}

	/** @return where the environment is read, for the CLI's own {@code env()} lookups */
	EnvLookup environment() {
		return this.environment;
	}

	private String resolve(String text, Value owner, Set<String> visiting, int depth) {
		int start = text.indexOf("${");
		if (start < 0) {
			return text;
		}
		StringBuilder result = new StringBuilder();
		int position = 0;
		while (start >= 0) {
			int end = closingBrace(text, start + 2);
			if (end < 0) {
				break;
			}
			result.append(text, position, start);
			String body = text.substring(start + 2, end);
			int colon = separator(body);
			String name = (colon >= 0) ? body.substring(0, colon) : body;
			String fallback = (colon >= 0) ? body.substring(colon + 1) : null;
			String value = placeholder(name.strip(), owner, visiting, depth + 1);
			if (value == null && fallback != null) {
				value = resolve(fallback, owner, visiting, depth + 1);
			}
			if (value == null) {
				throw new PluginFailure("PSB1008", "Could not resolve the placeholder ${" + name + "} in `" + owner.key()
						+ "` of " + owner.file() + ": set the environment variable " + name
						+ ", or give a default as ${" + name + ":value}.");
			}
			result.append(value);
			position = end + 1;
			start = text.indexOf("${", position);
		}
		return result.append(text, position, text.length()).toString();
	}

	// As Spring's Environment: the environment first, then the configuration's own keys.
	private String placeholder(String name, Value owner, Set<String> visiting, int depth) {
		for (String candidate : new String[] { name, name.replace('.', '_'),
				name.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT) }) {
			String value = this.environment.get(candidate);
			if (value != null) {
				return value;
			}
		}
		String key = canonical(name);
		Value value = this.values.get(key);
		if (value == null) {
			return null;
		}
		if (!visiting.add(key) || depth > MAX_DEPTH) {
			throw new PluginFailure("PSB1008", "The placeholder ${" + name + "} in `"
					+ ((owner != null) ? owner.key() : name) + "` of " + value.file()
					+ " refers to itself; give it a value that does not.");
		}
		try {
			return resolve(value.text(), value, visiting, depth);
		}
		finally {
			visiting.remove(key);
		}
	}

	private static int closingBrace(String text, int from) {
		int nesting = 0;
		for (int i = from; i < text.length(); i++) {
			if (text.startsWith("${", i)) {
				nesting++;
				i++;
			}
			else if (text.charAt(i) == '}') {
				if (nesting == 0) {
					return i;
				}
				nesting--;
			}
		}
		return -1;
	}

	// The first colon outside a nested placeholder: a default may itself hold ${...} or a URL.
	private static int separator(String body) {
		int nesting = 0;
		for (int i = 0; i < body.length(); i++) {
			if (body.startsWith("${", i)) {
				nesting++;
				i++;
			}
			else if (body.charAt(i) == '}') {
				nesting--;
			}
			else if (body.charAt(i) == ':' && nesting == 0) {
				return i;
			}
		}
		return -1;
	}

	/** @return the key as Spring's relaxed binding compares it: lower case, without dashes and underscores */
	static String canonical(String key) {
		return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
	}

	// Spring's mapping of a property to an environment variable: SPRING_DATASOURCE_URL.
	static String environmentName(String key) {
		return key.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	// Spring Boot reads .properties as ISO-8859-1 and splits documents at "#---" or "!---" lines.
	private static Map<String, String> readProperties(Path file) {
		Map<String, String> values = new LinkedHashMap<>();
		try {
			String text = Files.readString(file, StandardCharsets.ISO_8859_1);
			for (String document : text.split("(?m)^[#!]---\\s*$")) {
				Properties properties = new Properties();
				properties.load(new StringReader(document));
				Map<String, String> entries = new LinkedHashMap<>();
				properties.stringPropertyNames().forEach((name) -> entries.put(name, properties.getProperty(name)));
				if (!activatedConditionally(entries)) {
					values.putAll(entries);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw unreadable(file, ex);
		}
		return values;
	}

	private static Map<String, String> readYaml(Path file) {
		Map<String, String> values = new LinkedHashMap<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
			for (Object document : yaml.loadAll(reader)) {
				if (!(document instanceof Map<?, ?> map)) {
					continue;
				}
				Map<String, String> entries = new LinkedHashMap<>();
				flatten("", map, entries);
				if (!activatedConditionally(entries)) {
					values.putAll(entries);
				}
			}
		}
		catch (IOException | YAMLException ex) {
			throw unreadable(file, ex);
		}
		return values;
	}

	private static void flatten(String prefix, Object node, Map<String, String> into) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				flatten(prefix + "[" + i + "]", list.get(i), into);
			}
		}
		else {
			into.put(prefix, (node != null) ? String.valueOf(node) : "");
		}
	}

	private static boolean activatedConditionally(Map<String, String> entries) {
		return entries.keySet()
			.stream()
			.map(ApplicationProperties::canonical)
			.anyMatch((key) -> key.startsWith("spring.config.activate.") || key.equals("spring.profiles"));
	}

	// Only the position and the problem: YAML's own message quotes the lines, which may hold a password.
	private static PluginFailure unreadable(Path file, Exception ex) {
		String problem = ex.getMessage();
		if (ex instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
			problem = "line " + (marked.getProblemMark().getLine() + 1) + ", column "
					+ (marked.getProblemMark().getColumn() + 1) + ": " + marked.getProblem();
		}
		else if (ex instanceof YAMLException) {
			problem = "it is not valid YAML";
		}
		return new PluginFailure("PSB1009", "Could not read " + file + " (" + problem
				+ "). Fix the file, or pass the database with -Dprisma.url.");
	}

	private record Value(String key, String text, String file) {
	}
}
