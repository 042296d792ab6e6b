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
		String nativePrefix = index.datasourceName() + ".";
		for (Block block : index.blocks()) {
			if (block.kind() == BlockKind.COMPOSITE_TYPE || block.kind().isConfiguration()) {
				continue;
			}
			for (BlockEntry entry : block.entries()) {
				if (entry instanceof Field field) {
					boolean scalar = field.type() != null
							&& (field.type().isUnsupported() || ScalarTypes.isScalar(field.type().name()));
					checkField(field.attributes(), scalar, nativePrefix, diagnostics);
					Attribute defaultValue = field.attribute("default");
					if (defaultValue != null && field.type() != null && ScalarTypes.isScalar(field.type().name())) {
						DefaultChecks.checkValue(defaultValue, field.type().name(), diagnostics);
					}
					FieldAttributeRules.check(field, diagnostics);
					RelationAttributeChecks.check(index, block, field, diagnostics);
				}
				else if (entry instanceof EnumValue value) {
					for (Attribute attribute : value.attributes()) {
						if (!attribute.name().equals("map")) {
							unknown(attribute, 1, diagnostics);
						}
					}
				}
			}
			checkBlockAttributes(block, diagnostics);
		}
	}

	private static void checkField(List<Attribute> attributes, boolean scalar, String nativePrefix, Diagnostics diagnostics) {
		Set<String> seen = new HashSet<>();
		for (Attribute attribute : attributes) {
			String name = attribute.name();
			boolean nativeType = scalar && name.startsWith(nativePrefix);
			if (!FIELD_ATTRIBUTES.contains(name) && !nativeType) {
				unknown(attribute, 1, diagnostics);
			}
			else if (!seen.add(nativeType ? "native type" : name)) {
				duplicate(attributes, attribute, nativeType, diagnostics);
			}
			else if (name.equals("default")) {
				DefaultChecks.checkFunctionVersion(attribute, diagnostics);
			}
			else {
				ArgumentChecks.check(attribute, 1, diagnostics);
			}
		}
	}

	// Prisma reports a repeated attribute at every occurrence.
	private static void duplicate(List<Attribute> attributes, Attribute repeated, boolean nativeType, Diagnostics diagnostics) {
		if (nativeType) {
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

	private static void checkBlockAttributes(Block block, Diagnostics diagnostics) {
		Set<String> allowed = (block.kind() == BlockKind.ENUM) ? ENUM_ATTRIBUTES : MODEL_ATTRIBUTES;
		List<Attribute> attributes = block.attributes().stream().map(BlockAttribute::attribute).toList();
		Set<String> seen = new HashSet<>();
		for (Attribute attribute : attributes) {
			if (!allowed.contains(attribute.name())) {
				unknown(attribute, 2, diagnostics);
				continue;
			}
			ArgumentChecks.check(attribute, 2, diagnostics);
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

	private static void unknown(Attribute attribute, int atSigns, Diagnostics diagnostics) {
		diagnostics.error("Attribute not known: \"" + "@".repeat(atSigns) + attribute.name() + "\".", nameSpan(attribute, atSigns));
	}

	// Prisma points at the name, after the @ signs.
	private static Span nameSpan(Attribute attribute, int atSigns) {
		Span span = attribute.nameSpan();
		return new Span(span.file(), Math.min(span.start() + atSigns, span.end()), span.end());
	}
}
