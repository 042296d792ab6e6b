package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A string in double quotes.
 *
 * @param value the string with escapes resolved
 * @param raw the literal as written, quotes included
 * @param span where it is written
 */
public record StringLiteral(String value, String raw, Span span) implements Expression {

	@Override
	public String describe() {
		return "string";
	}
}
