package dev.prismaspring.schema.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockEntry;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.EnumValue;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.diagnostics.Diagnostics;
import dev.prismaspring.schema.diagnostics.Span;

/** Attributes: known names only, and each at most once where Prisma allows one. */
final class AttributeChecks {

	private static final Set<String> FIELD_ATTRIBUTES = Set.of("id", "default", "unique", "updatedAt", "relation", "map",
			"ignore", "shardKey");

	private static final Set<String> MODEL_ATTRIBUTES = Set.of("id", "unique", "index", "map", "schema", "ignore",
			"fulltext", "shardKey");

	private static final Set<String> ENUM_ATTRIBUTES = Set.of("map", "schema");

	private static final Set<String> REPEATABLE = Set.of("unique", "index", "fulltext");

	private AttributeChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		for (Block block : index.blocks()) {
			if (block.kind() == BlockKind.COMPOSITE_TYPE || block.kind().isConfiguration()) {
				continue;
			}
			int ids = 0;
			for (BlockEntry entry : block.entries()) {
				if (entry instanceof Field field) {
					boolean scalar = field.type() != null
							&& (field.type().isUnsupported() || ScalarTypes.isScalar(field.type().name()));
					checkField(index, field.attributes(), scalar, diagnostics);
					if (field.attribute("id") != null && block.kind() == BlockKind.MODEL && ids++ == 1) {
						diagnostics.error(IndexAttributeChecks.modelPrefix(block)
								+ "At most one field must be marked as the id field with the `@id` attribute.", block.span());
					}
					Attribute defaultValue = field.attribute("default");
					if (defaultValue != null && field.type() != null) {
						DefaultChecks.check(index, field, defaultValue, diagnostics);
					}
					FieldAttributeRules.check(field, diagnostics);
					RelationAttributeChecks.check(index, block, field, diagnostics);
				}
				else if (entry instanceof EnumValue value) {
					for (Attribute attribute : value.attributes()) {
						if (!attribute.name().equals("map")) {
							unknown(attribute, diagnostics);
						}
					}
				}
			}
			checkBlockAttributes(index, block, diagnostics);
		}
	}

	private static void checkField(SchemaIndex index, List<Attribute> attributes, boolean scalar, Diagnostics diagnostics) {
		Set<String> seen = new HashSet<>();
		for (Attribute attribute : attributes) {
			String name = attribute.name();
			// With any prefix: a wrong one is reported with the native types.
			boolean nativeType = scalar && name.indexOf('.') > 0;
			if (!FIELD_ATTRIBUTES.contains(name) && !nativeType) {
				unknown(attribute, diagnostics);
			}
			else if (!seen.add(nativeType ? "native type" : name)) {
				duplicate(attributes, attribute, nativeType, diagnostics);
			}
			else if (name.equals("default")) {
				DefaultChecks.checkFunctionVersion(attribute, diagnostics);
			}
			else {
				ArgumentChecks.check(index, attribute, 1, diagnostics);
			}
		}
	}

	// Prisma reports a repeated attribute at every occurrence.
	private static void duplicate(List<Attribute> attributes, Attribute repeated, boolean nativeType, Diagnostics diagnostics) {
		if (nativeType) {
			// Only the second native type is reported, under its prefix.
			String prefix = repeated.name().substring(0, repeated.name().indexOf('.'));
			diagnostics.error("Attribute \"@" + prefix + "\" can only be defined once.", repeated.span());
			return;
		}
		for (Attribute attribute : attributes) {
			if (attribute.name().equals(repeated.name()) && !alreadyReported(attribute, diagnostics)) {
				diagnostics.error("Attribute \"@" + attribute.name() + "\" can only be defined once.", attribute.span());
			}
		}
	}

	private static boolean alreadyReported(Attribute attribute, Diagnostics diagnostics) {
		Span span = attribute.span();
		return diagnostics.all().stream().anyMatch((diagnostic) -> diagnostic.span().equals(span));
	}

	private static void checkBlockAttributes(SchemaIndex index, Block block, Diagnostics diagnostics) {
		Set<String> allowed = (block.kind() == BlockKind.ENUM) ? ENUM_ATTRIBUTES : MODEL_ATTRIBUTES;
		List<Attribute> attributes = block.attributes().stream().map(BlockAttribute::attribute).toList();
		Set<String> seen = new HashSet<>();
		for (Attribute attribute : attributes) {
			if (!allowed.contains(attribute.name())) {
				unknown(attribute, diagnostics);
				continue;
			}
			ArgumentChecks.check(index, attribute, 2, diagnostics);
			if (block.kind() == BlockKind.MODEL) {
				IndexAttributeChecks.check(index, block, attribute, diagnostics);
			}
			if (!REPEATABLE.contains(attribute.name()) && !seen.add(attribute.name())) {
				for (Attribute same : attributes) {
					Span span = same.span();
					if (same.name().equals(attribute.name())
							&& diagnostics.all().stream().noneMatch((diagnostic) -> diagnostic.span().equals(span))) {
						diagnostics.error("Attribute \"@" + same.name() + "\" can only be defined once.", span);
					}
				}
			}
		}
	}

	// Prisma names block attributes with one @ too, and points at the first @.
	private static void unknown(Attribute attribute, Diagnostics diagnostics) {
		diagnostics.error("Attribute not known: \"@" + attribute.name() + "\".", attribute.nameSpan());
	}
}
