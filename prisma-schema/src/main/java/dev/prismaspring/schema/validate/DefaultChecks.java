package dev.prismaspring.schema.validate;

import java.util.List;
import java.util.Map;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** {@code @default} values: the versions the id-generating functions accept. */
final class DefaultChecks {

	private static final Map<String, List<String>> VERSIONS = Map.of("uuid", List.of("4", "7"), "cuid", List.of("1", "2"));

	private DefaultChecks() {
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
