package dev.prismaspring.schema.ast;

import java.util.List;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A list in square brackets.
 *
 * @param elements the elements in order
 * @param span from bracket to bracket
 */
public record ArrayExpression(List<Expression> elements, Span span) implements Expression {

	public ArrayExpression {
		elements = List.copyOf(elements);
	}

	@Override
	public String describe() {
		return "array";
	}
}
