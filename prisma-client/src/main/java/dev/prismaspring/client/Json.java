package dev.prismaspring.client;

import java.util.Objects;

/**
 * A value of a {@code Json} field, as JSON text. Writing one binds it as {@code jsonb}; the
 * engine never parses or builds JSON by concatenating values into SQL. Read values hold the text
 * as PostgreSQL writes it ({@code jsonb} normalizes spacing and key order). A Java {@code null}
 * is a NULL column (Prisma's {@code DbNull}); {@link #NULL} is the JSON value {@code null}
 * (Prisma's {@code JsonNull}). Where a query takes a Json value, a {@code String}, number,
 * {@code Boolean}, {@code Map} or {@code List} is written as the JSON value it stands for (a
 * {@code String} as a JSON string, not as JSON text).
 *
 * @param text the JSON text, e.g. {@code {"theme":"dark"}}
 */
public record Json(String text) {

	/** The JSON value {@code null}, as opposed to a NULL column. */
	public static final Json NULL = new Json("null");

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
