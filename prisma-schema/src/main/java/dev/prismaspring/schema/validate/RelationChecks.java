package dev.prismaspring.schema.validate;

import java.util.List;

import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * Relations, in the order Prisma lists them: every relation field has an opposite field on the
 * other model with the same relation name, and each pair is checked by its kind.
 */
final class RelationChecks {

	private RelationChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		for (Relation relation : Relations.infer(index)) {
			switch (relation.kind()) {
				case MISSING_OPPOSITE -> missingOpposite(relation.forward(), diagnostics);
				case ONE_TO_ONE, ONE_TO_MANY -> InlineRelationChecks.check(relation, diagnostics);
				case IMPLICIT_MANY_TO_MANY, EMBEDDED_MANY_TO_MANY -> ManyToManyChecks.check(relation, diagnostics);
			}
		}
	}

	private static void missingOpposite(RelationField field, Diagnostics diagnostics) {
		diagnostics.error("Error validating field `" + field.name() + "` in model `" + field.modelName()
				+ "`: The relation field `" + field.name() + "` on model `" + field.modelName()
				+ "` is missing an opposite relation field on the model `" + field.related().name().name()
				+ "`. Either run `prisma format` or add it manually.", field.span());
	}

	/**
	 * {@code SetNull} on a relation whose scalar fields are required cannot work: Prisma warns.
	 */
	static void checkSetNull(SchemaIndex index, Diagnostics diagnostics) {
		for (RelationField field : Relations.fields(index)) {
			List<Field> referencing = InlineRelationChecks.resolve(field.model(), field.fieldNames());
			boolean required = referencing.stream().anyMatch((scalar) -> scalar.type().arity() == Arity.REQUIRED);
			for (String action : List.of("onDelete", "onUpdate")) {
				if (required && field.argument(action) instanceof ConstantValue value && value.value().equals("SetNull")) {
					diagnostics.warning("The `" + action
							+ "` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null ",
							field.span());
				}
			}
		}
	}
}
