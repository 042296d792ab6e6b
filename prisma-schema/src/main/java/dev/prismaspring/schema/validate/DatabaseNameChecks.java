package dev.prismaspring.schema.validate;

import java.util.HashMap;
import java.util.Map;

import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.diagnostics.Diagnostics;
import dev.prismaspring.schema.diagnostics.Span;

/**
 * Database names of models, views and enums: within one PostgreSQL schema no two tables, and no
 * two enum types, may end up with the same name, whether written with {@code @@map} or not.
 */
final class DatabaseNameChecks {

	private DatabaseNameChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		Map<String, Block> tables = new HashMap<>();
		Map<String, Block> enums = new HashMap<>();
		for (Block block : index.blocks()) {
			String key = DatabaseNames.schema(block) + "." + DatabaseNames.table(block);
			if (block.kind() == BlockKind.MODEL || block.kind() == BlockKind.VIEW) {
				Block existing = tables.put(key, block);
				if (existing != null) {
					diagnostics.error("The " + SchemaIndex.describe(block.kind()) + " with database name \""
							+ DatabaseNames.table(block) + "\" could not be defined because another model or view with this name exists: \""
							+ existing.name().name() + "\"", mapSpan(block));
				}
			}
			else if (block.kind() == BlockKind.ENUM && enums.putIfAbsent(key, block) != null) {
				diagnostics.error("An enum with the same database name is already defined.", block.span());
			}
		}
	}

	// Prisma points at @@map when the name comes from there.
	private static Span mapSpan(Block block) {
		for (BlockAttribute attribute : block.attributes()) {
			if (attribute.name().equals("map")) {
				return attribute.attribute().span();
			}
		}
		return block.name().span();
	}
}
