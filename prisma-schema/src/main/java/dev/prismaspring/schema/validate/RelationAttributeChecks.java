package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * The arguments of a relation field's {@code @relation}, read as Prisma reads them before it pairs
 * relations: {@code fields} names scalar fields of the model, {@code references} scalar fields of
 * the related model, and referential actions are bare words.
 */
final class RelationAttributeChecks {

	private static final Set<String> ARGUMENTS = Set.of("name", "fields", "references", "onDelete", "onUpdate", "map");

	private RelationAttributeChecks() {
	}

	static void check(SchemaIndex index, Block model, Field field, Diagnostics diagnostics) {
		Attribute relation = field.attribute("relation");
		if (relation == null || field.type() == null) {
			return;
		}
		String type = field.type().name();
		boolean known = field.type().isUnsupported() || ScalarTypes.isScalar(type) || index.type(type) != null;
		if (!known) {
			return;
		}
		if (!index.isModelOrView(type)) {
			diagnostics.error("Error parsing attribute \"@relation\": Invalid field type, not a relation.", relation.span());
			relation.argumentList().forEach((argument) -> diagnostics.error("No such argument.", argument.span()));
			return;
		}
		Block related = index.type(field.type().name());
		Expression fields = RelationField.argument(relation, "fields");
		if (fields != null) {
			Problems problems = problems(index, model, RelationField.names(fields));
			if (!problems.unknown().isEmpty()) {
				diagnostics.error("Error validating: The argument fields must refer only to existing fields. The following fields do not exist in this model: "
						+ String.join(", ", problems.unknown()), fields.span());
			}
			if (!problems.relations().isEmpty()) {
				diagnostics.error("Error validating: The argument fields must refer only to scalar fields. But it is referencing the following relation fields: "
						+ String.join(", ", problems.relations()), fields.span());
			}
		}
		Expression references = RelationField.argument(relation, "references");
		if (references != null) {
			Problems problems = problems(index, related, RelationField.names(references));
			String relatedName = related.name().name();
			if (!problems.unknown().isEmpty()) {
				diagnostics.error("Error validating: The argument `references` must refer only to existing fields in the related model `"
						+ relatedName + "`. The following fields do not exist in the related model: " + String.join(", ", problems.unknown()),
						relation.span());
			}
			if (!problems.relations().isEmpty()) {
				diagnostics.error("Error validating: The argument `references` must refer only to scalar fields in the related model `"
						+ relatedName + "`. But it is referencing the following relation fields: " + String.join(", ", problems.relations()),
						relation.span());
			}
		}
		for (String action : List.of("onDelete", "onUpdate")) {
			if (RelationField.argument(relation, action) instanceof StringLiteral literal) {
				diagnostics.error("Expected a constant value, but received string value `" + literal.raw() + "`.", literal.span());
			}
		}
		for (int i = 0; i < relation.argumentList().size(); i++) {
			Argument argument = relation.argumentList().get(i);
			boolean accepted = argument.isNamed() ? ARGUMENTS.contains(argument.name().name()) : i == 0;
			if (!accepted) {
				diagnostics.error("No such argument.", argument.span());
			}
		}
	}

	private static Problems problems(SchemaIndex index, Block model, List<String> names) {
		Problems problems = new Problems(new ArrayList<>(), new ArrayList<>());
		for (String name : names) {
			Field field = model.field(name);
			if (field == null) {
				problems.unknown().add(name);
			}
			else if (field.type() != null && index.isModelOrView(field.type().name())) {
				problems.relations().add(name);
			}
		}
		return problems;
	}

	private record Problems(List<String> unknown, List<String> relations) {
	}
}
