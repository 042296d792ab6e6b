package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.List;

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
import dev.prismaspring.schema.diagnostics.Span;

/**
 * A field whose type is another model, with what its {@code @relation} attribute says: the
 * relation's name, the referencing {@code fields}, the {@code references} on the other model and
 * the referential actions.
 *
 * @param model the model the field is declared on
 * @param field the field
 * @param related the model the field's type names
 */
record RelationField(Block model, Field field, Block related) {

	/** @return the field's name */
	String name() {
		return this.field.name().name();
	}

	/** @return the name of the model the field is declared on */
	String modelName() {
		return this.model.name().name();
	}

	Arity arity() {
		return this.field.type().arity();
	}

	boolean isList() {
		return arity() == Arity.LIST;
	}

	boolean isRequired() {
		return arity() == Arity.REQUIRED;
	}

	/** @return the {@code @relation} attribute, or {@code null} */
	Attribute relation() {
		return this.field.attribute("relation");
	}

	/** @return the relation's name: the unnamed first argument of {@code @relation}, or its {@code name:} */
	String relationName() {
		Attribute relation = relation();
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

	/**
	 * @param name an argument's name
	 * @return the value of that named argument of {@code @relation}, or {@code null}
	 */
	Expression argument(String name) {
		return argument(relation(), name);
	}

	/** @return whether {@code @relation} has a {@code fields} argument */
	boolean hasFields() {
		return argument("fields") != null;
	}

	/** @return whether {@code @relation} has a {@code references} argument */
	boolean hasReferences() {
		return argument("references") != null;
	}

	/** @return the names in the {@code fields} argument, empty when there is none */
	List<String> fieldNames() {
		return names(argument("fields"));
	}

	/** @return the names in the {@code references} argument, empty when there is none */
	List<String> referenceNames() {
		return names(argument("references"));
	}

	/** @return whether {@code @relation} sets {@code onDelete} or {@code onUpdate} */
	boolean hasReferentialAction() {
		return argument("onDelete") != null || argument("onUpdate") != null;
	}

	/** @return where the field is declared */
	Span span() {
		return this.field.span();
	}

	static Expression argument(Attribute attribute, String name) {
		if (attribute == null) {
			return null;
		}
		for (Argument argument : attribute.argumentList()) {
			if (argument.isNamed() && argument.name().name().equals(name)) {
				return argument.value();
			}
		}
		return null;
	}

	static Argument namedArgument(Attribute attribute, String name) {
		if (attribute == null) {
			return null;
		}
		for (Argument argument : attribute.argumentList()) {
			if (argument.isNamed() && argument.name().name().equals(name)) {
				return argument;
			}
		}
		return null;
	}

	/** The field names in a list such as {@code [a, b]}; a single name stands for a list of one. */
	static List<String> names(Expression expression) {
		List<String> names = new ArrayList<>();
		List<Expression> elements = (expression instanceof ArrayExpression array) ? array.elements()
				: (expression != null) ? List.of(expression) : List.of();
		for (Expression element : elements) {
			if (element instanceof ConstantValue constant) {
				names.add(constant.value());
			}
			else if (element instanceof FunctionCall call) {
				names.add(call.name());
			}
		}
		return names;
	}
}
