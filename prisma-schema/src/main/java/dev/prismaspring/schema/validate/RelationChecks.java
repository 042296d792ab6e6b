package dev.prismaspring.schema.validate;

import java.util.Objects;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** Relations: every relation field has an opposite field on the other model, with the same relation name. */
final class RelationChecks {

	private RelationChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		for (Block model : index.blocks(BlockKind.MODEL)) {
			for (Field field : model.fields()) {
				if (field.type() == null || !index.isModelOrView(field.type().name())) {
					continue;
				}
				Block other = index.type(field.type().name());
				if (other.kind() != BlockKind.MODEL || isIgnored(model) || isIgnored(other)) {
					continue;
				}
				if (!hasOpposite(model, field, other)) {
					diagnostics.error("Error validating field `" + field.name().name() + "` in model `" + model.name().name()
							+ "`: The relation field `" + field.name().name() + "` on model `" + model.name().name()
							+ "` is missing an opposite relation field on the model `" + other.name().name()
							+ "`. Either run `prisma format` or add it manually.", field.span());
				}
			}
		}
	}

	private static boolean hasOpposite(Block model, Field field, Block other) {
		String name = relationName(field);
		for (Field candidate : other.fields()) {
			if (candidate == field || candidate.type() == null || !candidate.type().name().equals(model.name().name())) {
				continue;
			}
			if (Objects.equals(relationName(candidate), name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isIgnored(Block model) {
		return model.attributes().stream().anyMatch((attribute) -> attribute.name().equals("ignore"));
	}

	// The relation's name: the unnamed first argument of @relation, or its name: argument.
	static String relationName(Field field) {
		Attribute relation = field.attribute("relation");
		if (relation == null) {
			return null;
		}
		for (Argument argument : relation.argumentList()) {
			boolean nameArgument = !argument.isNamed() || argument.name().name().equals("name");
			if (nameArgument && argument.value() instanceof StringLiteral literal) {
				return literal.value();
			}
		}
		return null;
	}
}
