package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/** A value in the schema: a literal, a constant, a function call or an array. */
public sealed interface Expression permits StringLiteral, NumericLiteral, ConstantValue, FunctionCall, ArrayExpression {

	/** @return where it is written */
	Span span();

	/** @return a short description of the kind of value, as Prisma names it in messages */
	String describe();
}
