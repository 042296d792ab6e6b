package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A field's type as written: a name and how many values it holds.
 *
 * @param name the type's name ({@code String}, a model or enum name, or {@code Unsupported})
 * @param nameSpan where the name is written
 * @param arity required, optional or list
 * @param unsupported for {@code Unsupported("...")}, the database type in quotes, else {@code null}
 * @param span the whole type, with {@code ?} or {@code []}
 */
public record FieldType(String name, Span nameSpan, Arity arity, StringLiteral unsupported, Span span) {

	/** @return whether this is {@code Unsupported("...")} */
	public boolean isUnsupported() {
		return this.unsupported != null;
	}
}
