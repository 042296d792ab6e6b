package dev.prismaspring.client.engine;

import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.model.ScalarField;

/**
 * A scalar field as the engine uses it: its column and codec.
 *
 * @param model the model's name
 * @param field the field
 * @param codec how its values travel
 */
record FieldInfo(String model, ScalarField field, Codec codec) {

	String name() {
		return this.field.name();
	}

	String column() {
		return this.field.columnName();
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

	/** @return {@code Model.field}, for messages */
	String label() {
		return this.model + "." + this.field.name();
	}

	Object normalize(Object value) {
		return this.codec.normalize(value, label());
	}
}
