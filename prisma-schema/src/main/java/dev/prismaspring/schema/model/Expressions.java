package dev.prismaspring.schema.model;

import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.ast.StringLiteral;

/** Reads attribute arguments and values of a schema that has already been validated. */
final class Expressions {

	private Expressions() {
	}

	/**
	 * @param attribute an attribute, or {@code null}
	 * @param name the argument's name
	 * @param position the position an unnamed argument takes, or -1 when it must be named
	 * @return the argument's value, or {@code null}
	 */
	static Expression argument(Attribute attribute, String name, int position) {
		if (attribute == null) {
			return null;
		}
		return argument(attribute.argumentList(), name, position);
	}

	static Expression argument(List<Argument> arguments, String name, int position) {
		for (Argument argument : arguments) {
			if (argument.isNamed() && argument.name().name().equals(name)) {
				return argument.value();
			}
		}
		if (position >= 0 && position < arguments.size() && !arguments.get(position).isNamed()) {
			return arguments.get(position).value();
		}
		return null;
	}

	/** @return the string or constant's text, or {@code null} */
	static String text(Expression expression) {
		if (expression instanceof StringLiteral literal) {
			return literal.value();
		}
		if (expression instanceof ConstantValue constant) {
			return constant.value();
		}
		if (expression instanceof NumericLiteral number) {
			return number.raw();
		}
		return null;
	}

	/** @return the elements of an array, or the single value as a one-element list */
	static List<Expression> elements(Expression expression) {
		if (expression == null) {
			return List.of();
		}
		if (expression instanceof ArrayExpression array) {
			return array.elements();
		}
		return List.of(expression);
	}

	/** @return the texts of an array's elements */
	static List<String> texts(Expression expression) {
		List<String> texts = new ArrayList<>();
		for (Expression element : elements(expression)) {
			String text = text(element);
			if (text != null) {
				texts.add(text);
			}
		}
		return texts;
	}

	/** @return a {@code raw("...")} call's string, a string, or a constant, or {@code null} */
	static String rawOrText(Expression expression) {
		if (expression instanceof FunctionCall call && call.name().equals("raw")) {
			return text(argument(call.argumentList(), "", 0));
		}
		return text(expression);
	}

	/** @return a string or {@code env("NAME")} setting */
	static ConfigValue config(Expression expression) {
		if (expression instanceof FunctionCall call && call.name().equals("env")) {
			return ConfigValue.env(text(argument(call.argumentList(), "", 0)));
		}
		String text = text(expression);
		return (text != null) ? ConfigValue.of(text) : null;
	}
}
