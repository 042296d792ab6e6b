package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;
import dev.prismaspring.schema.diagnostics.Span;

/**
 * Constraint names: within one PostgreSQL schema primary keys, unique constraints and indexes share one
 * namespace, so no two of them may share a name, whether given with {@code map} or derived by
 * Prisma from the table and columns ({@code User_pkey}, {@code User_email_key}).
 */
final class ConstraintNameChecks {

	private ConstraintNameChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		List<Named> named = new ArrayList<>();
		for (Block model : index.blocks(BlockKind.MODEL)) {
			String table = DatabaseNames.table(model);
			String schema = DatabaseNames.schema(model);
			for (Field field : model.fields()) {
				String column = DatabaseNames.column(field);
				add(named, schema, field.attribute("id"), "@", table, "pkey");
				add(named, schema, field.attribute("unique"), "@", table + "_" + column, "key");
			}
			for (BlockAttribute attribute : model.attributes()) {
				String suffix = switch (attribute.name()) {
					case "id" -> "pkey";
					case "unique" -> "key";
					case "index" -> "idx";
					default -> null;
				};
				if (suffix != null) {
					Argument fields = IndexAttributeChecks.fieldsArgument(attribute.attribute());
					List<String> columns = new ArrayList<>();
					for (String name : RelationField.names((fields != null) ? fields.value() : null)) {
						Field field = model.field(name);
						columns.add((field != null) ? DatabaseNames.column(field) : name);
					}
					String stem = suffix.equals("pkey") ? table : table + "_" + String.join("_", columns);
					add(named, schema, attribute.attribute(), "@@", stem, suffix);
				}
			}
		}
		Map<String, Integer> counts = new HashMap<>();
		named.forEach((constraint) -> counts.merge(constraint.key(), 1, Integer::sum));
		for (Named constraint : named) {
			if (counts.get(constraint.key()) > 1) {
				diagnostics.error("Error parsing attribute \"" + constraint.attribute() + "\": The given constraint name `"
						+ constraint.name()
						+ "` has to be unique in the following namespace: global for primary key, indexes and unique constraints. Please provide a different name using the `map` argument.",
						constraint.span());
			}
		}
	}

	// The name given with map:, or the one Prisma derives from the table and columns.
	private static void add(List<Named> named, String schema, Attribute attribute, String atSigns, String stem,
			String suffix) {
		if (attribute == null) {
			return;
		}
		Argument map = RelationField.namedArgument(attribute, "map");
		if (map != null && map.value() instanceof StringLiteral name) {
			named.add(new Named(schema, name.value(), atSigns + attribute.name(), map.span()));
		}
		else if (map == null) {
			named.add(new Named(schema, DatabaseNames.derived(stem, suffix), atSigns + attribute.name(), attribute.span()));
		}
	}

	private record Named(String schema, String name, String attribute, Span span) {

		String key() {
			return this.schema + "." + this.name;
		}
	}
}
