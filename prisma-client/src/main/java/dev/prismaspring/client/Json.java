package dev.prismaspring.client;

import java.util.Objects;

/**
 * A value of a {@code Json} field, as JSON text. Writing one binds it as {@code jsonb}; the
 * engine never parses or builds JSON by concatenating values into SQL.
 *
 * @param text the JSON text, e.g. {@code {"theme":"dark"}}
 */
public record Json(String text) {

	public Json {
		Objects.requireNonNull(text, "text");
	}

	/**
	 * @param text JSON text
	 * @return the value
	 */
	public static Json of(String text) {
		return new Json(text);
	}

	@Override
	public String toString() {
		return this.text;
	}
}
