package dev.prismaspring.schema.validate;

import java.util.List;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Property;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * {@code @@schema}: with a {@code schemas} list in the datasource every model and enum says which
 * of those schemas it lives in, and no {@code @@schema} names a schema the list does not hold.
 */
final class SchemaAttributeChecks {

	private SchemaAttributeChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		List<String> schemas = schemas(index);
		for (BlockKind kind : List.of(BlockKind.MODEL, BlockKind.ENUM)) {
			for (Block block : index.blocks(kind)) {
				BlockAttribute schema = block.attributes()
					.stream()
					.filter((attribute) -> attribute.name().equals("schema"))
					.findFirst()
					.orElse(null);
				if (schema == null) {
					if (schemas != null) {
						String prefix = (kind == BlockKind.MODEL) ? "Error validating model \"" + block.name().name() + "\": " : "";
						diagnostics.error(prefix + "This " + kind.keyword() + " is missing an `@@schema` attribute.", block.span());
					}
					continue;
				}
				List<Argument> arguments = schema.attribute().argumentList();
				if (!arguments.isEmpty() && arguments.get(0).value() instanceof StringLiteral name
						&& (schemas == null || !schemas.contains(name.value()))) {
					diagnostics.error("This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema",
							name.span());
				}
			}
		}
	}

	// The datasource's schemas list, or null when it has none.
	private static List<String> schemas(SchemaIndex index) {
		for (Block datasource : index.blocks(BlockKind.DATASOURCE)) {
			Property schemas = datasource.property("schemas");
			if (schemas != null && schemas.value() instanceof ArrayExpression list) {
				return list.elements()
					.stream()
					.filter(StringLiteral.class::isInstance)
					.map((element) -> ((StringLiteral) element).value())
					.toList();
			}
		}
		return null;
	}
}
