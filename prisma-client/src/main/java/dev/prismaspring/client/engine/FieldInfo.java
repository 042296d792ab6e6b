package dev.prismaspring.client.engine;

import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.model.ScalarField;

/**
 * A scalar field as the engine uses it: its column and codec.
 *
 * @param model the model's name
 * @param field the field
 * @param codec how its values travel
 * @param label {@code Model.field}, for messages
 * @param quotedColumn the column's name as SQL text
 */
record FieldInfo(String model, ScalarField field, Codec codec, String label, String quotedColumn) {

	// The derived parts are made once here rather than on every statement and every value.
	FieldInfo(String model, ScalarField field, Codec codec) {
		this(model, field, codec, model + "." + field.name(), Identifiers.quote(field.columnName()));
	}

	String name() {
		return this.field.name();
	}

	String column() {
		return this.field.columnName();
	}

	/** @return the column as SQL text on a table alias: {@code "t0"."column"} */
	String reference(String alias) {
		return Identifiers.quote(alias) + "." + this.quotedColumn;
	}

	boolean isList() {
		return this.field.arity() == Arity.LIST;
	}

	boolean isRequired() {
		return this.field.arity() == Arity.REQUIRED;
	}

	/** @return the codec of one value: the field's, or its elements' for a list */
	ScalarCodec scalarCodec() {
		return (this.codec instanceof ListCodec list) ? list.element() : (ScalarCodec) this.codec;
	}

	Object normalize(Object value) {
		return this.codec.normalize(value, label());
	}
}
