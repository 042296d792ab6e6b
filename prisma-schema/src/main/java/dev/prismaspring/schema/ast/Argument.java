package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * One argument: {@code value}, {@code name: value}, or {@code name:} with nothing after it.
 *
 * @param name the argument's name, or {@code null} when unnamed
 * @param value the value, or {@code null} for an empty named argument
 * @param span the whole argument
 */
public record Argument(Identifier name, Expression value, Span span) {

	/** @return whether the argument is named */
	public boolean isNamed() {
		return this.name != null;
	}
}
