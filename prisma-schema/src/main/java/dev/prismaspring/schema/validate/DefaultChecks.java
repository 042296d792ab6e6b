package dev.prismaspring.schema.validate;

import java.util.List;
import java.util.Map;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** {@code @default} values: the versions the id-generating functions accept. */
final class DefaultChecks {

	private static final Map<String, List<String>> VERSIONS = Map.of("uuid", List.of("4", "7"), "cuid", List.of("1", "2"));

	// The functions @default knows on PostgreSQL, and the scalar types each may fill; null means any.
	private static final Map<String, List<String>> FUNCTIONS = Map.of("autoincrement", List.of("Int", "BigInt"), "now",
			List.of("DateTime"), "uuid", List.of("String"), "cuid", List.of("String"), "nanoid", List.of("String"), "ulid",
			List.of("String"));

	private static final List<String> OTHER_FUNCTIONS = List.of("dbgenerated", "sequence", "auto");

	private DefaultChecks() {
	}

	/**
	 * @param attribute the field's {@code @default}
	 * @param scalar the field's scalar type, or {@code null} when it is not a scalar
	 */
	static void checkValue(Attribute attribute, String scalar, Diagnostics diagnostics) {
		List<Argument> arguments = attribute.argumentList();
		if (arguments.isEmpty() || arguments.get(0).isNamed() || scalar == null) {
			return;
		}
		Expression value = arguments.get(0).value();
		if (value instanceof FunctionCall call) {
			List<String> types = FUNCTIONS.get(call.name());
			if (types == null && !OTHER_FUNCTIONS.contains(call.name())) {
				diagnostics.error("Unknown function in @default(): `" + call.name()
						+ "` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions",
						call.nameSpan());
			}
			else if (types != null && !types.contains(scalar)) {
				diagnostics.error("Error parsing attribute \"@default\": The function `" + call.name()
						+ "()` cannot be used on fields of type `" + scalar + "`.", attribute.span());
			}
			return;
		}
		if (scalar.equals("Int")) {
			Expression wrong = (value instanceof ArrayExpression array)
					? array.elements().stream().filter((element) -> !(element instanceof NumericLiteral)).findFirst().orElse(null)
					: (value instanceof StringLiteral) ? value : null;
			if (wrong instanceof StringLiteral literal) {
				diagnostics.error("Error parsing attribute \"@default\": Expected a Int value, but found `" + literal.raw() + "`.",
						attribute.span());
			}
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
			diagnostics.error("Error parsing attribute \"@default\": `" + call.name()
					+ "()` takes either no argument, or a single integer argument which is either " + versions.get(0)
					+ " or " + versions.get(1) + ".", attribute.span());
		}
	}
}
