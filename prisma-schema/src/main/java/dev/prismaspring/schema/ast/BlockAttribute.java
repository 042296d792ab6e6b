package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A {@code @@} attribute line of a model, view, composite type or enum.
 *
 * @param attribute its name (without {@code @@}) and arguments
 * @param trailingComment the comment after it on the same line, or {@code null}
 * @param span the attribute without the trailing comment
 */
public record BlockAttribute(Attribute attribute, Comment trailingComment, Span span) implements BlockEntry {

	/** @return the attribute's name without {@code @@} */
	public String name() {
		return this.attribute.name();
	}
}
