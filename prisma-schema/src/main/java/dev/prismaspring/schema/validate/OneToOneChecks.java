package dev.prismaspring.schema.validate;

import java.util.List;

import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * One-to-one relations: exactly one side holds {@code fields} and {@code references}, on unique
 * fields, and it is the required side; the other side is optional and sets no referential action.
 * The last checks run only while nothing else has failed, as in Prisma, to keep one mistake from
 * being reported three ways.
 */
final class OneToOneChecks {

	private static final String RELATION = "Error parsing attribute \"@relation\": ";

	private OneToOneChecks() {
	}

	static void check(Relation relation, Diagnostics diagnostics) {
		RelationField forward = relation.forward();
		RelationField back = relation.back();
		for (String argument : new String[] { "fields", "references" }) {
			boolean missing = (argument.equals("fields")) ? !forward.hasFields() && !back.hasFields()
					: !forward.hasReferences() && !back.hasReferences();
			if (missing) {
				diagnostics.error(neither(forward, back, argument), forward.span());
				diagnostics.error(neither(back, forward, argument), back.span());
			}
		}
		for (String argument : new String[] { "references", "fields" }) {
			boolean both = (argument.equals("fields")) ? forward.hasFields() && back.hasFields()
					: forward.hasReferences() && back.hasReferences();
			if (both) {
				String message = bothProvide(back, forward, "`" + argument + "` argument");
				diagnostics.error(message, back.span());
				diagnostics.error(message, forward.span());
			}
		}
		referentialActions(forward, back, diagnostics);
		uniqueDefiningFields(forward, diagnostics);
		if (diagnostics.hasErrors()) {
			return;
		}
		if (mixedUp(forward, back) || mixedUp(back, forward)) {
			RelationField withFields = forward.hasFields() ? forward : back;
			RelationField withReferences = (withFields == forward) ? back : forward;
			String message = RELATION + "The relation field `" + withFields.name() + "` on Model `" + withFields.modelName()
					+ "` provides the `fields` argument in the @relation attribute. And the related field `"
					+ withReferences.name() + "` on Model `" + withReferences.modelName()
					+ "` provides the `references` argument. You must provide both arguments on the same side.";
			diagnostics.error(message, back.span());
			diagnostics.error(message, forward.span());
			return;
		}
		if (forward.isRequired() && back.isRequired()) {
			String type = back.field().type().name();
			diagnostics.error(RELATION + "The relation field `" + back.name() + "` on Model `" + back.modelName()
					+ "` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `"
					+ type + "` to `" + type + "?` to fix this.", back.span());
			return;
		}
		if (!forward.isRequired() && back.isRequired() && (forward.hasFields() || forward.hasReferences())) {
			diagnostics.error(RELATION + "The relation field `" + forward.modelName() + "." + forward.name()
					+ "` defines the `fields` and/or `references` argument. You must set them on the required side of the relation (`"
					+ back.modelName() + "." + back.name()
					+ "`) in order for the constraints to be enforced. Alternatively, you can change this field to be required and the opposite optional, or make both sides of the relation optional.",
					forward.span());
		}
	}

	private static String neither(RelationField one, RelationField other, String argument) {
		return RELATION + "The relation fields `" + one.name() + "` on Model `" + one.modelName() + "` and `" + other.name()
				+ "` on Model `" + other.modelName() + "` do not provide the `" + argument
				+ "` argument in the @relation attribute. You have to provide it on one of the two fields.";
	}

	private static String bothProvide(RelationField one, RelationField other, String what) {
		return RELATION + "The relation fields `" + one.name() + "` on Model `" + one.modelName() + "` and `" + other.name()
				+ "` on Model `" + other.modelName() + "` both provide the " + what
				+ " in the @relation attribute. You have to provide it only on one of the two fields.";
	}

	private static void referentialActions(RelationField forward, RelationField back, Diagnostics diagnostics) {
		if (!back.hasReferentialAction()) {
			return;
		}
		if (forward.hasReferentialAction()) {
			String message = bothProvide(back, forward, "`onDelete` or `onUpdate` argument");
			diagnostics.error(message, back.span());
			diagnostics.error(bothProvide(forward, back, "`onDelete` or `onUpdate` argument"), forward.span());
			return;
		}
		diagnostics.error(RELATION + "The relation field `" + back.name() + "` on Model `" + back.modelName()
				+ "` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `"
				+ forward.name() + "` on model `" + forward.modelName() + "`.", back.span());
	}

	// The referencing fields of a one-to-one relation are unique: one row on each side.
	private static void uniqueDefiningFields(RelationField forward, Diagnostics diagnostics) {
		List<String> fields = forward.fieldNames();
		if (fields.isEmpty() || UniqueCriteria.hasExactly(forward.model(), fields)) {
			return;
		}
		String advice = (fields.size() == 1) ? "add an `@unique` attribute to the field `" + fields.get(0) + "`"
				: "add an `@@unique([" + String.join(", ", fields) + "])` attribute to the model";
		diagnostics.error(RELATION + "A one-to-one relation must use unique fields on the defining side. Either " + advice
				+ ", or change the relation to one-to-many.", forward.span());
	}

	private static boolean mixedUp(RelationField withFields, RelationField withReferences) {
		return withFields.hasFields() && !withFields.hasReferences() && withReferences.hasReferences()
				&& !withReferences.hasFields();
	}
}
