package dev.prismaspring.schema.validate;

import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * What PostgreSQL makes of ids and indexes: no fulltext indexes, no prefix lengths, no sort order
 * in a primary key, Gin indexes only over Json and list fields, and operator classes that fit
 * the index type and the field.
 */
final class IndexConnectorChecks {

	private static final Set<String> JSON_OPERATOR_CLASSES = Set.of("JsonbOps", "JsonbPathOps");

	private IndexConnectorChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		for (Block model : index.blocks(BlockKind.MODEL)) {
			for (Field field : model.fields()) {
				Attribute id = field.attribute("id");
				if (id != null && RelationField.argument(id, "sort") != null) {
					diagnostics.error(prefix(id, 1) + "The sort argument is not supported in the primary key with the current connector",
							id.span());
				}
			}
			for (BlockAttribute blockAttribute : model.attributes()) {
				Attribute attribute = blockAttribute.attribute();
				switch (attribute.name()) {
					case "fulltext" -> diagnostics.error(
							prefix(attribute, 2) + "Defining fulltext indexes is not supported with the current connector.",
							attribute.span());
					case "unique", "index" -> checkIndex(model, attribute, diagnostics);
					default -> {
					}
				}
			}
		}
	}

	private static void checkIndex(Block model, Attribute attribute, Diagnostics diagnostics) {
		Argument fields = IndexAttributeChecks.fieldsArgument(attribute);
		List<Expression> elements = (fields != null) ? IndexAttributeChecks.elements(fields.value()) : List.of();
		if (elements.isEmpty()) {
			diagnostics.error(prefix(attribute, 2)
					+ "The list of fields in an index cannot be empty. Please specify at least one field.", attribute.span());
			return;
		}
		if (elements.stream().anyMatch((element) -> fieldArgument(element, "length") != null)) {
			diagnostics.error(prefix(attribute, 2)
					+ "The length argument is not supported in an index definition with the current connector", attribute.span());
		}
		if (!attribute.name().equals("index")) {
			return;
		}
		String type = (RelationField.argument(attribute, "type") instanceof ConstantValue constant) ? constant.value() : "BTree";
		for (Expression element : elements) {
			Field field = model.field(fieldName(element));
			// Prisma cannot judge the operator classes of a type it does not know.
			if (field == null || field.type() == null || field.type().isUnsupported()) {
				continue;
			}
			Expression ops = fieldArgument(element, "ops");
			String operatorClass = (ops instanceof ConstantValue constant) ? constant.value() : null;
			if (operatorClass != null && type.equals("BTree")) {
				diagnostics.error(prefix(attribute, 2) + "The given operator class `" + operatorClass
						+ "` is not supported with the `BTree` index type.", attribute.span());
			}
			else if (operatorClass != null && JSON_OPERATOR_CLASSES.contains(operatorClass) && !isJson(field)) {
				diagnostics.error(prefix(attribute, 2) + "The given operator class `" + operatorClass + "` points to the field `"
						+ field.name().name() + "` that is not of Json type.", attribute.span());
			}
			else if (ops == null && type.equals("Gin") && !isJson(field) && field.type().arity() != Arity.LIST) {
				diagnostics.error(prefix(attribute, 2) + "The Gin index type does not support the type of the field `"
						+ field.name().name() + "`.", attribute.span());
			}
		}
	}

	private static boolean isJson(Field field) {
		return field.type().name().equals("Json");
	}

	private static String fieldName(Expression element) {
		return (element instanceof FunctionCall call) ? call.name()
				: (element instanceof ConstantValue constant) ? constant.value() : "";
	}

	private static Expression fieldArgument(Expression element, String name) {
		if (element instanceof FunctionCall call) {
			for (Argument argument : call.argumentList()) {
				if (argument.isNamed() && argument.name().name().equals(name)) {
					return argument.value();
				}
			}
		}
		return null;
	}

	private static String prefix(Attribute attribute, int atSigns) {
		return "Error parsing attribute \"" + "@".repeat(atSigns) + attribute.name() + "\": ";
	}
}
