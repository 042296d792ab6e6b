package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * The arguments of {@code @@id}, {@code @@unique} and {@code @@index} as Prisma reads them: a
 * list of the model's scalar fields (required ones for an id), sort orders, a known index type,
 * a raw {@code where} clause, and string names.
 */
final class IndexAttributeChecks {

	static final Set<String> INDEX_TYPES = Set.of("BTree", "Hash", "Gist", "Gin", "SpGist", "Brin");

	private static final String INDEX = "Error parsing attribute \"@index\": ";

	private IndexAttributeChecks() {
	}

	static void check(SchemaIndex index, Block model, Attribute attribute, Diagnostics diagnostics) {
		String kind = attribute.name();
		if (!kind.equals("id") && !kind.equals("unique") && !kind.equals("index")) {
			return;
		}
		Argument fields = fieldsArgument(attribute);
		if (fields == null || fields.value() == null) {
			diagnostics.error("Argument \"fields\" is missing.", attribute.span());
			return;
		}
		checkSortOrders(fields.value(), diagnostics);
		boolean resolved = checkFields(index, model, attribute, fields.value(), diagnostics);
		if (kind.equals("id") && resolved && model.fields().stream().anyMatch((field) -> field.attribute("id") != null)) {
			diagnostics.error(modelPrefix(model)
					+ "Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.",
					model.span());
		}
		if (kind.equals("index")) {
			checkIndexArguments(attribute, diagnostics);
		}
		for (String name : List.of("map", "name")) {
			Expression value = RelationField.argument(attribute, name);
			if (value != null && !(value instanceof StringLiteral)) {
				ArgumentValues.typeMismatch("string", value, diagnostics);
			}
		}
	}

	private static void checkSortOrders(Expression fields, Diagnostics diagnostics) {
		for (Expression element : elements(fields)) {
			if (!(element instanceof FunctionCall call)) {
				continue;
			}
			for (Argument argument : call.argumentList()) {
				if (argument.isNamed() && argument.name().name().equals("sort")
						&& !(argument.value() instanceof ConstantValue order
								&& (order.value().equals("Asc") || order.value().equals("Desc")))) {
					diagnostics.error("Unexpected token. Expected one of: Asc, Desc", argument.span());
				}
			}
		}
	}

	// Returns whether every named field exists.
	private static boolean checkFields(SchemaIndex index, Block model, Attribute attribute, Expression fields,
			Diagnostics diagnostics) {
		List<String> unknown = new ArrayList<>();
		List<Field> relations = new ArrayList<>();
		List<String> optional = new ArrayList<>();
		for (String name : RelationField.names(fields)) {
			Field field = model.field(name);
			if (field == null) {
				unknown.add(name);
			}
			else if (field.type() != null && !isScalarOrEnum(index, field)) {
				// A field of an unknown type counts as a relation field, as in Prisma.
				relations.add(field);
			}
			else if (field.type() != null && field.type().arity() == Arity.OPTIONAL) {
				optional.add(name);
			}
		}
		String prefix = modelPrefix(model);
		if (attribute.name().equals("id")) {
			if (!unknown.isEmpty()) {
				diagnostics.error(prefix + "The multi field id declaration refers to the unknown " + plural("field", unknown)
						+ " " + quoted(unknown) + ".", fields.span());
			}
			if (!optional.isEmpty()) {
				diagnostics.error(prefix + "The id definition refers to the optional " + plural("field", optional) + " "
						+ quoted(optional) + ". ID definitions must reference only required fields.", attribute.span());
			}
			return unknown.isEmpty();
		}
		String definition = attribute.name().equals("unique") ? "unique index" : "index";
		if (!unknown.isEmpty()) {
			diagnostics.error(prefix + "The " + definition + " definition refers to the unknown fields: "
					+ String.join(", ", unknown) + ".", attribute.span());
		}
		if (!relations.isEmpty()) {
			diagnostics.error(prefix + "The " + definition + " definition refers to the relation fields "
					+ String.join(", ", relations.stream().map((field) -> field.name().name()).toList())
					+ ". Index definitions must reference only scalar fields." + suggestion(attribute, fields, model),
					attribute.span());
		}
		return unknown.isEmpty();
	}

	private static boolean isScalarOrEnum(SchemaIndex index, Field field) {
		String type = field.type().name();
		return field.type().isUnsupported() || ScalarTypes.isScalar(type)
				|| (index.type(type) != null && !index.isModelOrView(type));
	}

	// The same list with each relation field replaced by the scalar fields it is built on.
	private static String suggestion(Attribute attribute, Expression fields, Block model) {
		List<String> names = new ArrayList<>();
		for (String name : RelationField.names(fields)) {
			Field field = model.field(name);
			Attribute relation = (field != null) ? field.attribute("relation") : null;
			if (field != null && relation == null && field.type() != null && ScalarTypes.isScalar(field.type().name())) {
				names.add(name);
				continue;
			}
			List<String> scalars = RelationField.names((relation != null) ? RelationField.argument(relation, "fields") : null);
			if (scalars.isEmpty()) {
				return "";
			}
			names.addAll(scalars);
		}
		return " Did you mean `@@" + attribute.name() + "([" + String.join(", ", names) + "])`?";
	}

	private static void checkIndexArguments(Attribute attribute, Diagnostics diagnostics) {
		Expression type = RelationField.argument(attribute, "type");
		if (type instanceof ConstantValue constant && !INDEX_TYPES.contains(constant.value())) {
			diagnostics.error(INDEX + "Unknown index type: " + constant.value() + ".", attribute.span());
		}
		Expression where = RelationField.argument(attribute, "where");
		if (where != null && !(where instanceof FunctionCall)) {
			ArgumentValues.typeMismatch("function", where, diagnostics);
			diagnostics.error(INDEX + "The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.",
					attribute.span());
		}
		if (RelationField.argument(attribute, "map") != null && RelationField.argument(attribute, "name") != null) {
			diagnostics.error(INDEX + "The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.",
					attribute.span());
		}
	}

	static String modelPrefix(Block model) {
		return "Error validating model \"" + model.name().name() + "\": ";
	}

	/** @return the {@code fields:} argument, or the unnamed first one */
	static Argument fieldsArgument(Attribute attribute) {
		List<Argument> arguments = attribute.argumentList();
		for (int i = 0; i < arguments.size(); i++) {
			Argument argument = arguments.get(i);
			if (argument.isNamed() ? argument.name().name().equals("fields") : i == 0) {
				return argument;
			}
		}
		return null;
	}

	static List<Expression> elements(Expression fields) {
		return (fields instanceof ArrayExpression array) ? array.elements() : List.of(fields);
	}

	private static String plural(String noun, List<String> names) {
		return (names.size() == 1) ? noun : noun + "s";
	}

	private static String quoted(List<String> names) {
		return String.join(", ", names.stream().map((name) -> "`" + name + "`").toList());
	}
}
