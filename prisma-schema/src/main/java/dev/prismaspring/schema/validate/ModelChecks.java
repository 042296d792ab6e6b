package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** Identity: every model has one id criterion at most, and at least one unique criterion of required fields. */
final class ModelChecks {

	private ModelChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		for (Block model : index.blocks(BlockKind.MODEL)) {
			if (model.attributes().stream().anyMatch((attribute) -> attribute.name().equals("ignore"))) {
				continue;
			}
			checkUniqueCriteria(model, diagnostics);
		}
	}

	private static void checkUniqueCriteria(Block model, Diagnostics diagnostics) {
		String prefix = "Error validating model \"" + model.name().name() + "\": ";
		// Two ids are reported while attributes are read, before this stage.
		List<Field> ids = model.fields().stream().filter((field) -> field.attribute("id") != null).toList();
		boolean compoundId = model.attributes().stream().anyMatch((attribute) -> attribute.name().equals("id"));
		if (!ids.isEmpty() || compoundId) {
			return;
		}
		if (model.attributes().stream().anyMatch((attribute) -> attribute.name().equals("unique"))) {
			return; // compound uniques: the fields' arity is checked with the attribute's arguments
		}
		List<String> optionalUniques = new ArrayList<>();
		for (Field field : model.fields()) {
			if (field.attribute("unique") == null || field.type() == null) {
				continue;
			}
			if (field.type().arity() == Arity.REQUIRED) {
				return;
			}
			optionalUniques.add(field.name().name());
		}
		StringBuilder message = new StringBuilder(prefix).append(
				"Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.");
		if (!optionalUniques.isEmpty()) {
			message.append(" The following unique criterias were not considered as they contain fields that are not required:");
			optionalUniques.forEach((name) -> message.append("\n- ").append(name));
		}
		diagnostics.error(message.toString(), model.span());
	}
}
