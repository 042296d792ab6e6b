package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;

/** The unique criteria of a model: its id and unique constraints, single-field or compound, as field name lists. */
final class UniqueCriteria {

	private UniqueCriteria() {
	}

	static List<List<String>> of(Block model) {
		List<List<String>> criteria = new ArrayList<>();
		for (Field field : model.fields()) {
			if (field.attribute("id") != null || field.attribute("unique") != null) {
				criteria.add(List.of(field.name().name()));
			}
		}
		for (BlockAttribute attribute : model.attributes()) {
			if (attribute.name().equals("id") || attribute.name().equals("unique")) {
				criteria.add(RelationField.names(firstOrFields(attribute)));
			}
		}
		return criteria;
	}

	/** @return whether some unique criterion of the model consists of exactly these fields, in any order */
	static boolean hasExactly(Block model, List<String> fields) {
		return of(model).stream()
			.anyMatch((criterion) -> criterion.size() == fields.size() && new HashSet<>(criterion).equals(new HashSet<>(fields)));
	}

	/** @return the single field of the model's id, or {@code null} when the id is compound or missing */
	static String singleId(Block model) {
		for (Field field : model.fields()) {
			if (field.attribute("id") != null) {
				return field.name().name();
			}
		}
		for (BlockAttribute attribute : model.attributes()) {
			if (attribute.name().equals("id")) {
				List<String> fields = RelationField.names(firstOrFields(attribute));
				return (fields.size() == 1) ? fields.get(0) : null;
			}
		}
		return null;
	}

	// The fields: argument, or the unnamed first one.
	private static Expression firstOrFields(BlockAttribute attribute) {
		List<Argument> arguments = attribute.attribute().argumentList();
		for (int i = 0; i < arguments.size(); i++) {
			Argument argument = arguments.get(i);
			if (argument.isNamed() ? argument.name().name().equals("fields") : i == 0) {
				return argument.value();
			}
		}
		return null;
	}
}
