package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * One-to-one and one-to-many relations: the forward side names its scalar {@code fields} and the
 * unique {@code references} they point at, both of one length and matching types; the back side
 * names neither and sets no referential action.
 */
final class InlineRelationChecks {

	private static final String RELATION = "Error parsing attribute \"@relation\": ";

	private InlineRelationChecks() {
	}

	static void check(Relation relation, Diagnostics diagnostics) {
		RelationField forward = relation.forward();
		List<Field> referencing = resolve(forward.model(), forward.fieldNames());
		List<Field> referenced = resolve(forward.related(), forward.referenceNames());
		referencesUniqueCriterion(forward, diagnostics);
		sameLength(forward, diagnostics);
		optionalFieldsMakeOptionalRelation(forward, referencing, diagnostics);
		matchingTypes(forward, referencing, referenced, diagnostics);
		if (relation.kind() == Relation.Kind.ONE_TO_ONE) {
			OneToOneChecks.check(relation, diagnostics);
		}
		else {
			oneToMany(forward, relation.back(), diagnostics);
		}
	}

	private static void referencesUniqueCriterion(RelationField forward, Diagnostics diagnostics) {
		List<String> references = forward.referenceNames();
		if (references.isEmpty() || UniqueCriteria.hasExactly(forward.related(), references)) {
			return;
		}
		String model = forward.related().name().name();
		String advice = (references.size() == 1)
				? "Consider adding an `@unique` attribute to the field `" + references.get(0) + "` in the model `" + model + "`."
				: "Consider adding an `@@unique([" + String.join(", ", references) + "])` attribute to the model `" + model + "`.";
		diagnostics.error(RELATION + "The argument `references` must refer to a unique criterion in the related model. " + advice,
				forward.span());
	}

	private static void sameLength(RelationField forward, Diagnostics diagnostics) {
		int fields = forward.fieldNames().size();
		int references = forward.referenceNames().size();
		if (fields > 0 && references > 0 && fields != references) {
			diagnostics.error("Error validating: You must specify the same number of fields in `fields` and `references`.",
					forward.relation().span());
		}
	}

	private static void optionalFieldsMakeOptionalRelation(RelationField forward, List<Field> referencing,
			Diagnostics diagnostics) {
		if (!forward.isRequired() || referencing.stream().noneMatch((field) -> field.type().arity() == Arity.OPTIONAL)) {
			return;
		}
		List<String> names = referencing.stream().map((field) -> field.name().name()).toList();
		diagnostics.error("Error validating: The relation field `" + forward.name() + "` uses the scalar fields "
				+ String.join(", ", names)
				+ ". At least one of those fields is optional. Hence the relation field must be optional as well.",
				forward.span());
	}

	private static void matchingTypes(RelationField forward, List<Field> referencing, List<Field> referenced,
			Diagnostics diagnostics) {
		for (int i = 0; i < Math.min(referencing.size(), referenced.size()); i++) {
			Field field = referencing.get(i);
			Field target = referenced.get(i);
			if (!Objects.equals(typeName(field), typeName(target))) {
				diagnostics.error(RELATION + "The type of the field `" + field.name().name() + "` in the model `"
						+ forward.modelName() + "` is not matching the type of the referenced field `" + target.name().name()
						+ "` in model `" + forward.related().name().name() + "`.", forward.span());
			}
		}
	}

	private static String typeName(Field field) {
		return field.type().isUnsupported() ? "Unsupported(" + field.type().unsupported().value() + ")" : field.type().name();
	}

	private static void oneToMany(RelationField forward, RelationField back, Diagnostics diagnostics) {
		String prefix = RELATION + "The relation field `" + forward.name() + "` on Model `" + forward.modelName() + "` must specify the `";
		if (!forward.hasFields()) {
			diagnostics.error(prefix + "fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically.",
					forward.span());
		}
		if (!forward.hasReferences()) {
			diagnostics.error(prefix + "references` argument in the @relation attribute.", forward.span());
		}
		if (back.hasFields() || back.hasReferences()) {
			diagnostics.error(RELATION + "The relation field `" + back.name() + "` on Model `" + back.modelName()
					+ "` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `"
					+ forward.name() + "` on model `" + forward.modelName() + "`.", back.span());
		}
		if (back.hasReferentialAction()) {
			diagnostics.error(RELATION + "The relation field `" + back.name() + "` on Model `" + back.modelName()
					+ "` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `"
					+ forward.name() + "` on model `" + forward.modelName()
					+ "`, or in case of a many to many relation, in an explicit join table.", back.span());
		}
	}

	/** @return the named fields of the model that exist, in the order named */
	static List<Field> resolve(Block model, List<String> names) {
		List<Field> fields = new ArrayList<>();
		for (String name : names) {
			Field field = model.field(name);
			if (field != null && field.type() != null) {
				fields.add(field);
			}
		}
		return fields;
	}
}
