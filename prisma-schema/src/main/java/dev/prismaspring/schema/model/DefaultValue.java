package dev.prismaspring.schema.model;

import java.util.List;

/** A field's {@code @default}: a literal, a list of literals, or a function. */
public sealed interface DefaultValue {

	/**
	 * A string literal, with escapes resolved.
	 *
	 * @param value the string
	 */
	record Text(String value) implements DefaultValue {
	}

	/**
	 * A number as written.
	 *
	 * @param raw the digits, sign and fraction as written
	 */
	record Number(String raw) implements DefaultValue {
	}

	/**
	 * {@code true} or {@code false}.
	 *
	 * @param value the value
	 */
	record Bool(boolean value) implements DefaultValue {
	}

	/**
	 * An enum value.
	 *
	 * @param name the value's name in the schema
	 */
	record EnumConstant(String name) implements DefaultValue {
	}

	/**
	 * A list of values, for list fields.
	 *
	 * @param values the elements in order
	 */
	record ListValue(List<DefaultValue> values) implements DefaultValue {

		public ListValue {
			values = List.copyOf(values);
		}
	}

	/**
	 * A function: {@code autoincrement()}, {@code now()}, {@code uuid(7)}, {@code dbgenerated("...")}.
	 *
	 * @param name the function's name
	 * @param arguments its arguments: strings unquoted, numbers as written
	 */
	record Function(String name, List<String> arguments) implements DefaultValue {

		public Function {
			arguments = List.copyOf(arguments);
		}
	}
}
