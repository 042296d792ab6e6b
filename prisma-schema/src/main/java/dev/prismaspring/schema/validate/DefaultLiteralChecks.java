package dev.prismaspring.schema.validate;

import java.util.Base64;
import java.util.List;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * {@code @default} literals as PostgreSQL will store them: integers without a fraction and within
 * range, RFC 3339 date-times, JSON text and base64 bytes; and no {@code map} name, which
 * PostgreSQL has no use for.
 */
final class DefaultLiteralChecks {

	private DefaultLiteralChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		for (Block model : index.blocks(BlockKind.MODEL)) {
			for (Field field : model.fields()) {
				Attribute attribute = field.attribute("default");
				if (attribute == null || field.type() == null) {
					continue;
				}
				if (RelationField.argument(attribute, "map") != null) {
					diagnostics.error(DefaultChecks.PREFIX
							+ "You defined a database name for the default value of a field on the model. This is not supported by the provider.",
							attribute.span());
				}
				Argument value = DefaultChecks.valueArgument(attribute);
				if (value == null || value.value() == null || !ScalarTypes.isScalar(field.type().name())) {
					continue;
				}
				List<Expression> values = (value.value() instanceof ArrayExpression array) ? array.elements()
						: List.of(value.value());
				for (Expression literal : values) {
					String problem = problem(literal, field.type().name());
					if (problem != null) {
						diagnostics.error(DefaultChecks.PREFIX + "Parse error: " + problem, literal.span());
						break;
					}
				}
			}
		}
	}

	private static String problem(Expression literal, String scalar) {
		if (literal instanceof NumericLiteral number && (scalar.equals("Int") || scalar.equals("BigInt"))) {
			return integerProblem(number.raw(), scalar.equals("Int"));
		}
		if (!(literal instanceof StringLiteral string)) {
			return null;
		}
		String text = string.value();
		String reason = switch (scalar) {
			case "DateTime" -> DateTimeSyntax.error(text);
			case "Json" -> JsonSyntax.error(text);
			case "Bytes" -> isBase64(text) ? null
					: "Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`";
			default -> null;
		};
		if (reason == null) {
			return null;
		}
		String kind = switch (scalar) {
			case "DateTime" -> "rfc3339 datetime";
			case "Json" -> "JSON";
			default -> "base64";
		};
		return "\"" + text + "\" is not a valid " + kind + " string. (" + reason + ")";
	}

	private static String integerProblem(String raw, boolean int32) {
		if (!raw.matches("-?[0-9]+")) {
			return "\"" + raw + "\" is not a valid integer. (invalid digit found in string)";
		}
		try {
			if (int32) {
				Integer.parseInt(raw);
			}
			else {
				Long.parseLong(raw);
			}
			return null;
		}
		catch (NumberFormatException ex) {
			String size = raw.startsWith("-") ? "small" : "large";
			return "\"" + raw + "\" is not a valid integer. (number too " + size + " to fit in target type)";
		}
	}

	// Padded standard base64, as Prisma decodes it.
	private static boolean isBase64(String text) {
		if (text.length() % 4 != 0) {
			return false;
		}
		try {
			Base64.getDecoder().decode(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}
}
