package dev.prismaspring.schema.validate;

import java.util.List;

import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * Many-to-many relations: on PostgreSQL only implicit ones, kept in a join table Prisma owns, so
 * both models need a single-field id, and neither side names {@code references} or sets a
 * referential action.
 */
final class ManyToManyChecks {

	private ManyToManyChecks() {
	}

	static void check(Relation relation, Diagnostics diagnostics) {
		List<RelationField> sides = List.of(relation.forward(), relation.back());
		if (relation.kind() == Relation.Kind.EMBEDDED_MANY_TO_MANY) {
			for (RelationField side : sides) {
				diagnostics.error("Error validating: Embedded many-to-many relations are not supported on Postgres. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many",
						side.span());
			}
			return;
		}
		for (RelationField side : sides) {
			referencesSingleId(side, diagnostics);
		}
		for (RelationField side : sides) {
			for (String action : List.of("onDelete", "onUpdate")) {
				Expression value = side.argument(action);
				if (value != null) {
					diagnostics.error("Error validating: Referential actions on implicit many-to-many relations are not supported",
							value.span());
				}
			}
		}
		for (RelationField side : sides) {
			if (side.hasReferences()) {
				diagnostics.error("Error parsing attribute \"@relation\": Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many.",
						side.span());
			}
		}
	}

	private static void referencesSingleId(RelationField side, Diagnostics diagnostics) {
		String related = side.related().name().name();
		String id = UniqueCriteria.singleId(side.related());
		if (id == null) {
			diagnostics.error("Error validating field `" + side.name() + "` in model `" + side.modelName()
					+ "`: The relation field `" + side.name() + "` on model `" + side.modelName() + "` references `" + related
					+ "` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.",
					side.span());
			return;
		}
		List<String> references = side.referenceNames();
		if (side.hasReferences() && !references.equals(List.of(id))) {
			List<String> notId = references.stream().filter((name) -> !name.equals(id)).toList();
			diagnostics.error("Error validating: Implicit many-to-many relations must always reference the id field of the related model. Change the argument `references` to use the id field of the related model `"
					+ related + "`. But it is referencing the following fields that are not the id: " + String.join(", ", notId),
					side.span());
		}
	}
}
