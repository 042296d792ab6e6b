package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A bare word or dotted path used as a value: {@code true}, {@code Desc}, {@code Cascade}, an enum
 * value, or a field reference such as {@code email}.
 *
 * @param value the word as written
 * @param span where it is written
 */
public record ConstantValue(String value, Span span) implements Expression {

	@Override
	public String describe() {
		return "constant";
	}
}
