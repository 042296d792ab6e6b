package dev.prismaspring.schema.validate;

import java.util.Map;
import java.util.Set;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** Attribute arguments: each attribute takes only the argument names Prisma defines for it. */
final class ArgumentChecks {

	// Attribute name (with its @ signs) to the names of its arguments; "" stands for the unnamed first one.
	private static final Map<String, Set<String>> ARGUMENTS = Map.ofEntries(
			Map.entry("@updatedAt", Set.<String>of()),
			Map.entry("@map", Set.of("", "name")),
			Map.entry("@@map", Set.of("", "name")),
			Map.entry("@@schema", Set.of("", "name")),
			Map.entry("@ignore", Set.<String>of()),
			Map.entry("@@ignore", Set.<String>of()),
			Map.entry("@@index", Set.of("", "fields", "map", "name", "type", "ops", "clustered", "where")),
			Map.entry("@@unique", Set.of("", "fields", "map", "name", "clustered", "where")),
			Map.entry("@@id", Set.of("", "fields", "map", "name", "clustered")),
			Map.entry("@unique", Set.of("map", "length", "sort", "clustered", "where")),
			Map.entry("@id", Set.of("map", "length", "sort", "clustered")));

	private static final Set<String> PARTIAL = Set.of("@unique", "@@unique", "@@index");

	private ArgumentChecks() {
	}

	static void check(SchemaIndex index, Attribute attribute, int atSigns, Diagnostics diagnostics) {
		String qualified = "@".repeat(atSigns) + attribute.name();
		Set<String> allowed = ARGUMENTS.get(qualified);
		if (allowed == null) {
			return;
		}
		// A where: that is not a raw(...) call gets its own error instead (IndexAttributeChecks), as in Prisma.
		if (PARTIAL.contains(qualified) && attribute.argumentList().stream()
			.anyMatch((argument) -> argument.isNamed() && argument.name().name().equals("where")
					&& argument.value() instanceof FunctionCall)
				&& !PreviewFeatureChecks.isEnabled(index, "partialIndexes")) {
			diagnostics.error("Error parsing attribute \"" + qualified + "\": Partial indexes are a preview feature. Add"
					+ " \"partialIndexes\" to previewFeatures in your generator block.", attribute.span());
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
