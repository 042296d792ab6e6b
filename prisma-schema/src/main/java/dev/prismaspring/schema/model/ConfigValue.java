package dev.prismaspring.schema.model;

import java.util.Optional;

import dev.prismaspring.schema.url.EnvLookup;

/**
 * A datasource or generator setting: either a string in the schema or {@code env("NAME")}.
 * {@link #toString()} never shows a literal value, which may be a URL with a password.
 *
 * @param literal the string written in the schema, or {@code null}
 * @param environmentVariable the variable named by {@code env("...")}, or {@code null}
 */
public record ConfigValue(String literal, String environmentVariable) {

	/**
	 * @param literal a string written in the schema
	 * @return the value
	 */
	public static ConfigValue of(String literal) {
		return new ConfigValue(literal, null);
	}

	/**
	 * @param variable an environment variable's name
	 * @return the value {@code env("variable")}
	 */
	public static ConfigValue env(String variable) {
		return new ConfigValue(null, variable);
	}

	/**
	 * @param lookup where environment variables are read
	 * @return the literal, or the variable's value when it is set
	 */
	public Optional<String> resolve(EnvLookup lookup) {
		return (this.literal != null) ? Optional.of(this.literal)
				: Optional.ofNullable(lookup.get(this.environmentVariable));
	}

	@Override
	public String toString() {
		return (this.environmentVariable != null) ? "env(\"" + this.environmentVariable + "\")" : "\"***\"";
	}
}
