package dev.prismaspring.schema.ast;

import java.util.List;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A function call such as {@code autoincrement()}, {@code env("URL")} or
 * {@code email(sort: Desc)} inside an index's field list.
 *
 * @param name the function's name
 * @param nameSpan where the name is written
 * @param arguments its arguments
 * @param span the whole call
 */
public record FunctionCall(String name, Span nameSpan, ArgumentList arguments, Span span) implements Expression {

	/** @return the arguments in order */
	public List<Argument> argumentList() {
		return this.arguments.arguments();
	}

	@Override
	public String describe() {
		return "function";
	}
}
