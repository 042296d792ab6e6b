package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A number as written: an optional minus, digits, an optional fraction.
 *
 * @param raw the number as written
 * @param span where it is written
 */
public record NumericLiteral(String raw, Span span) implements Expression {

	/** @return whether the number has a fractional part */
	public boolean isDecimal() {
		return this.raw.indexOf('.') >= 0;
	}

	@Override
	public String describe() {
		return "numeric";
	}
}
