package dev.prismaspring.schema.ast;

import java.util.List;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * Parenthesised arguments of an attribute or function call.
 *
 * @param arguments the arguments in order
 * @param trailingComma whether a comma follows the last argument
 * @param span from the opening to the closing parenthesis
 */
public record ArgumentList(List<Argument> arguments, boolean trailingComma, Span span) {

	public ArgumentList {
		arguments = List.copyOf(arguments);
	}
}
