package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** Field types: each names a scalar, a model, a view, an enum, or is {@code Unsupported("...")}. */
final class TypeChecks {

	private TypeChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		for (Block block : index.blocks()) {
			if (block.kind() == BlockKind.COMPOSITE_TYPE) {
				diagnostics.error("Error validating: Composite types are not supported on Postgres.", block.span());
			}
			if (!block.kind().hasFields()) {
				continue;
			}
			for (Field field : block.fields()) {
				if (field.type() == null || field.type().isUnsupported()) {
					continue;
				}
				String name = field.type().name();
				if (!ScalarTypes.isScalar(name) && index.type(name) == null) {
					diagnostics.error("Type \"" + name
							+ "\" is neither a built-in type, nor refers to another model, composite type, or enum."
							+ suggestion(index, name), field.type().nameSpan());
				}
			}
		}
	}

	// Prisma suggests a type that differs only in case.
	private static String suggestion(SchemaIndex index, String name) {
		List<String> candidates = new ArrayList<>(ScalarTypes.NAMES);
		index.blocks().stream().filter((block) -> !block.kind().isConfiguration()).forEach((block) -> candidates.add(block.name().name()));
		for (String candidate : candidates) {
			if (candidate.equalsIgnoreCase(name)) {
				return " Did you mean \"" + candidate + "\"?";
			}
		}
		return "";
	}
}
