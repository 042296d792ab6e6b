package dev.prismaspring.schema.validate;

import java.util.List;
import java.util.Map;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * {@code @default} values as Prisma reads them with the attributes: a value is given, it is no
 * relation field's, a literal has the kind of the field's type (an enum's own values for an
 * enum), and the functions are known, fit the type and take the arguments they accept.
 */
final class DefaultChecks {

	static final String PREFIX = "Error parsing attribute \"@default\": ";

	private static final Map<String, List<String>> VERSIONS = Map.of("uuid", List.of("4", "7"), "cuid", List.of("1", "2"));

	// The functions @default knows on PostgreSQL, and the scalar types each may fill; null means any.
	private static final Map<String, List<String>> FUNCTIONS = Map.of("autoincrement", List.of("Int", "BigInt"), "now",
			List.of("DateTime"), "uuid", List.of("String"), "cuid", List.of("String"), "nanoid", List.of("String"), "ulid",
			List.of("String"));

	private static final List<String> OTHER_FUNCTIONS = List.of("dbgenerated", "sequence", "auto");

	private static final List<String> NUMBERS = List.of("Int", "BigInt", "Float");

	private static final List<String> STRINGS = List.of("String", "DateTime", "Json", "Bytes");

	private DefaultChecks() {
	}

	/** @return the value of {@code @default}: its unnamed first argument or {@code value:}, or {@code null} */
	static Argument valueArgument(Attribute attribute) {
		List<Argument> arguments = attribute.argumentList();
		for (int i = 0; i < arguments.size(); i++) {
			Argument argument = arguments.get(i);
			if (argument.isNamed() ? argument.name().name().equals("value") : i == 0) {
				return argument;
			}
		}
		return null;
	}

	static void check(SchemaIndex index, Field field, Attribute attribute, Diagnostics diagnostics) {
		Argument argument = valueArgument(attribute);
		if (argument == null || argument.value() == null) {
			diagnostics.error("Argument \"value\" is missing.", attribute.span());
			return;
		}
		String type = field.type().name();
		if (field.type().isUnsupported()) {
			return;
		}
		if (index.isModelOrView(type)) {
			diagnostics.error(PREFIX + "Cannot set a default value on a relation field.", attribute.span());
			return;
		}
		Block block = index.type(type);
		Block enumType = (block != null && block.kind() == BlockKind.ENUM) ? block : null;
		if (enumType == null && !ScalarTypes.isScalar(type)) {
			return;
		}
		Expression value = argument.value();
		if (value instanceof FunctionCall call) {
			if (enumType == null) {
				checkFunction(call, type, attribute, diagnostics);
			}
			return;
		}
		boolean list = field.type().arity() == Arity.LIST;
		if (list && !(value instanceof ArrayExpression)) {
			diagnostics.error(PREFIX + ((enumType != null) ? "Expected an enum value, but found `" + value.span().text() + "`."
					: "The default value of a list field must be a list."), attribute.span());
			return;
		}
		List<Expression> values = (list) ? ((ArrayExpression) value).elements() : List.of(value);
		for (Expression element : values) {
			boolean fits = (enumType != null) ? checkEnumValue(element, enumType, attribute, diagnostics)
					: checkLiteral(element, type, attribute, diagnostics);
			if (!fits) {
				return;
			}
		}
	}

	private static boolean checkEnumValue(Expression value, Block enumType, Attribute attribute, Diagnostics diagnostics) {
		if (!(value instanceof ConstantValue constant)) {
			diagnostics.error(PREFIX + "Expected an enum value, but found `" + value.span().text() + "`.", attribute.span());
			return false;
		}
		if (enumType.enumValues().stream().noneMatch((enumValue) -> enumValue.name().name().equals(constant.value()))) {
			diagnostics.error(PREFIX + "The defined default value `" + constant.value()
					+ "` is not a valid value of the enum specified for the field.", attribute.span());
			return false;
		}
		return true;
	}

	private static boolean checkLiteral(Expression value, String scalar, Attribute attribute, Diagnostics diagnostics) {
		boolean fits;
		if (scalar.equals("Boolean") && value instanceof ConstantValue constant) {
			if (constant.value().equals("true") || constant.value().equals("false")) {
				return true;
			}
			diagnostics.error(PREFIX + "A boolean literal must be `true` or `false`.", value.span());
			return false;
		}
		if (scalar.equals("Decimal")) {
			fits = value instanceof NumericLiteral || value instanceof StringLiteral;
		}
		else if (NUMBERS.contains(scalar)) {
			fits = value instanceof NumericLiteral;
		}
		else if (STRINGS.contains(scalar)) {
			fits = value instanceof StringLiteral;
		}
		else {
			fits = false;
		}
		if (!fits) {
			diagnostics.error(PREFIX + "Expected a " + scalar + " value, but found `" + value.span().text() + "`.",
					attribute.span());
		}
		return fits;
	}

	private static void checkFunction(FunctionCall call, String scalar, Attribute attribute, Diagnostics diagnostics) {
		List<String> types = FUNCTIONS.get(call.name());
		if (types == null && !OTHER_FUNCTIONS.contains(call.name())) {
			diagnostics.error("Unknown function in @default(): `" + call.name()
					+ "` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions",
					call.nameSpan());
			return;
		}
		if (types != null && !types.contains(scalar)) {
			diagnostics.error(PREFIX + "The function `" + call.name() + "()` cannot be used on fields of type `" + scalar + "`.",
					attribute.span());
			return;
		}
		List<Argument> arguments = call.argumentList();
		switch (call.name()) {
			case "autoincrement", "now" -> {
				if (!arguments.isEmpty()) {
					diagnostics.error(PREFIX + "The `" + call.name()
							+ "` function does not take any argument. Consider changing this default to `" + call.name() + "()`.",
							attribute.span());
				}
			}
			case "nanoid" -> {
				boolean valid = arguments.isEmpty() || (arguments.size() == 1
						&& arguments.get(0).value() instanceof NumericLiteral length && !length.isDecimal()
						&& inRange(length.raw(), 2, 255));
				if (!valid) {
					diagnostics.error(PREFIX + "`nanoid()` takes either no argument, or a single integer argument between 2 and 255.",
							attribute.span());
				}
			}
			case "dbgenerated" -> {
				if (arguments.isEmpty()) {
					return;
				}
				if (!(arguments.get(0).value() instanceof StringLiteral expression)) {
					diagnostics.error(PREFIX + "`dbgenerated()` takes a single String argument", attribute.span());
				}
				else if (expression.value().isEmpty()) {
					diagnostics.error(PREFIX + "dbgenerated() takes either no argument, or a single nonempty string argument.",
							attribute.span());
				}
			}
			default -> {
			}
		}
	}

	private static boolean inRange(String raw, int min, int max) {
		try {
			int number = Integer.parseInt(raw);
			return number >= min && number <= max;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	static void checkFunctionVersion(Attribute attribute, Diagnostics diagnostics) {
		List<Argument> arguments = attribute.argumentList();
		if (arguments.isEmpty() || !(arguments.get(0).value() instanceof FunctionCall call)) {
			return;
		}
		List<String> versions = VERSIONS.get(call.name());
		if (versions == null || call.argumentList().isEmpty()) {
			return;
		}
		boolean valid = call.argumentList().size() == 1
				&& call.argumentList().get(0).value() instanceof NumericLiteral number && versions.contains(number.raw());
		if (!valid) {
			diagnostics.error(PREFIX + "`" + call.name()
					+ "()` takes either no argument, or a single integer argument which is either " + versions.get(0)
					+ " or " + versions.get(1) + ".", attribute.span());
		}
	}
}
