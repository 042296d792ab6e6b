package dev.prismaspring.schema.validate;

import java.util.Map;
import java.util.Set;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** Attribute arguments: each attribute takes only the argument names Prisma defines for it. */
final class ArgumentChecks {

	// Attribute name (with its @ signs) to the names of its arguments; "" stands for the unnamed first one.
	private static final Map<String, Set<String>> ARGUMENTS = Map.of(
			"@updatedAt", Set.of(),
			"@map", Set.of("", "name"),
			"@@map", Set.of("", "name"),
			"@@schema", Set.of("", "name"),
			"@ignore", Set.of(),
			"@@ignore", Set.of(),
			"@@index", Set.of("", "fields", "map", "name", "type", "ops", "clustered", "where"),
			"@@unique", Set.of("", "fields", "map", "name", "clustered", "where"),
			"@@id", Set.of("", "fields", "map", "name", "clustered"));

	private ArgumentChecks() {
	}

	static void check(Attribute attribute, int atSigns, Diagnostics diagnostics) {
		Set<String> allowed = ARGUMENTS.get("@".repeat(atSigns) + attribute.name());
		if (allowed == null) {
			return;
		}
		for (int i = 0; i < attribute.argumentList().size(); i++) {
			Argument argument = attribute.argumentList().get(i);
			String name = argument.isNamed() ? argument.name().name() : (i == 0 ? "" : null);
			if (name == null || !allowed.contains(name)) {
				diagnostics.error("No such argument.", argument.span());
			}
		}
		if (attribute.name().equals("map") || (atSigns == 2 && attribute.name().equals("schema"))) {
			ArgumentValues.checkName(attribute, diagnostics);
		}
	}
}
