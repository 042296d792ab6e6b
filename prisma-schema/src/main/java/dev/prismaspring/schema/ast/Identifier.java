package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A name as written in the schema.
 *
 * @param name the name
 * @param span where it is written
 */
public record Identifier(String name, Span span) {

	@Override
	public String toString() {
		return this.name;
	}
}
