package dev.prismaspring.schema.url;

import java.util.Map;
import java.util.Objects;

/**
 * Finds the value of an environment variable, as {@code env("DATABASE_URL")} in a datasource
 * block needs it.
 *
 * <p>Tests and build tools pass {@link #of(Map)} instead of touching the process environment.
 */
@FunctionalInterface
public interface EnvLookup {

	/**
	 * @param name the variable's name, e.g. {@code DATABASE_URL}
	 * @return the variable's value, or {@code null} when it is not set
	 */
	String get(String name);

	/**
	 * Returns the value of a variable that must be set and not blank.
	 * @param name the variable's name, e.g. {@code DATABASE_URL}
	 * @param source what reads the variable, shown in the error, e.g. {@code datasource db, url}
	 * @return the variable's value
	 * @throws ConnectionUrlException with code {@code P1012} when the variable is missing or blank
	 */
	default String require(String name, String source) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
		String value = get(name);
		if (value == null) {
			throw Problems.environmentVariableNotFound(name, source);
		}
		if (value.isBlank()) {
			throw Problems.environmentVariableBlank(name, source);
		}
		return value;
	}

	/**
	 * @return a lookup in this process's environment ({@link System#getenv(String)})
	 */
	static EnvLookup system() {
		return System::getenv;
	}

	/**
	 * @param variables the variables to offer; copied, so later changes to the map are not seen
	 * @return a lookup in the given variables only
	 */
	static EnvLookup of(Map<String, String> variables) {
		Map<String, String> copy = Map.copyOf(variables);
		return copy::get;
	}
}
