package dev.prismaspring.schema.validate;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** Attribute argument values of the wrong kind, reported in Prisma's words. */
final class ArgumentValues {

	private ArgumentValues() {
	}

	/**
	 * @param expected the kind Prisma expected: {@code string}, {@code function}, {@code constant}
	 */
	static void typeMismatch(String expected, Expression value, Diagnostics diagnostics) {
		String received = (value instanceof ConstantValue) ? "literal"
				: (value instanceof FunctionCall) ? "functional" : value.describe();
		diagnostics.error("Expected a " + expected + " value, but received " + received + " value `"
				+ value.span().text() + "`.", value.span());
	}

	/**
	 * The attribute's name argument ({@code @map("name")}, {@code @@map(name: "name")}) is a string.
	 */
	static void checkName(Attribute attribute, Diagnostics diagnostics) {
		Argument name = null;
		for (int i = 0; i < attribute.argumentList().size(); i++) {
			Argument argument = attribute.argumentList().get(i);
			if (argument.isNamed() ? argument.name().name().equals("name") : i == 0) {
				name = argument;
				break;
			}
		}
		if (name == null || name.value() == null) {
			diagnostics.error("Argument \"name\" is missing.", attribute.span());
		}
		else if (!(name.value() instanceof StringLiteral)) {
			typeMismatch("string", name.value(), diagnostics);
		}
	}
}
