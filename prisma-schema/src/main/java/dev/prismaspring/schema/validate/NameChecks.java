package dev.prismaspring.schema.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockEntry;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.EnumValue;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.Identifier;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** Names: what characters they may hold, and that each is defined once in its namespace. */
final class NameChecks {

	// Names the generated client uses for itself.
	private static final Set<String> RESERVED_MODEL_NAMES = Set.of("PrismaClient");

	private NameChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		Map<String, Block> types = new HashMap<>();
		Map<String, Block> generators = new HashMap<>();
		for (Block block : index.blocks()) {
			checkCharacters(block.name(), blockNoun(block.kind()), diagnostics);
			if (block.kind() == BlockKind.DATASOURCE) {
				continue;
			}
			Map<String, Block> namespace = (block.kind() == BlockKind.GENERATOR) ? generators : types;
			Block existing = namespace.putIfAbsent(block.name().name(), block);
			if (existing != null) {
				diagnostics.error("The " + SchemaIndex.describe(block.kind()) + " \"" + block.name().name()
						+ "\" cannot be defined because a " + SchemaIndex.describe(existing.kind())
						+ " with that name already exists.", block.name().span());
			}
			if (block.kind().hasFields()) {
				checkFields(index, block, diagnostics);
			}
			else if (block.kind() == BlockKind.ENUM) {
				checkEnumValues(block, diagnostics);
			}
			if (block.kind() == BlockKind.MODEL && RESERVED_MODEL_NAMES.contains(block.name().name())) {
				diagnostics.error("Error validating model \"" + block.name().name() + "\": The model name `" + block.name().name()
						+ "` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models",
						block.span());
			}
		}
	}

	private static String blockNoun(BlockKind kind) {
		return switch (kind) {
			case MODEL -> "Model";
			case VIEW -> "View";
			case ENUM -> "Enum";
			case COMPOSITE_TYPE -> "Composite type";
			case DATASOURCE -> "Datasource";
			case GENERATOR -> "Generator";
		};
	}

	private static void checkFields(SchemaIndex index, Block block, Diagnostics diagnostics) {
		Set<String> names = new HashSet<>();
		Set<String> databaseNames = new HashSet<>();
		for (BlockEntry entry : block.entries()) {
			if (!(entry instanceof Field field)) {
				continue;
			}
			checkCharacters(field.name(), "Field", diagnostics);
			boolean relation = field.type() != null && index.isModelOrView(field.type().name());
			String databaseName = mappedName(field.attribute("map"), field.name().name());
			boolean duplicate = !names.add(field.name().name()) || (!relation && !databaseNames.add(databaseName));
			if (duplicate) {
				diagnostics.error("Field \"" + field.name().name() + "\" is already defined on "
						+ SchemaIndex.describe(block.kind()) + " \"" + block.name().name() + "\".", field.span());
			}
		}
	}

	private static String mappedName(Attribute map, String fallback) {
		if (map != null && !map.argumentList().isEmpty() && map.argumentList().get(0).value() instanceof StringLiteral name) {
			return name.value();
		}
		return fallback;
	}

	private static void checkEnumValues(Block block, Diagnostics diagnostics) {
		if (block.enumValues().isEmpty()) {
			diagnostics.error("Error validating: An enum must have at least one value.", block.span());
		}
		Set<String> names = new HashSet<>();
		for (BlockEntry entry : block.entries()) {
			if (entry instanceof EnumValue value) {
				checkCharacters(value.name(), "Enum Value", diagnostics);
				if (!names.add(value.name().name())) {
					diagnostics.error("Value \"" + value.name().name() + "\" is already defined on enum \""
							+ block.name().name() + "\".", value.name().span());
				}
			}
		}
	}

	private static void checkCharacters(Identifier name, String noun, Diagnostics diagnostics) {
		String text = name.name();
		if (text.indexOf('-') >= 0) {
			diagnostics.error("Error validating: The character `-` is not allowed in " + noun + " names.", name.span());
		}
		else if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
			diagnostics.error("Error validating: The name of a " + noun + " must not start with a number.", name.span());
		}
	}
}
