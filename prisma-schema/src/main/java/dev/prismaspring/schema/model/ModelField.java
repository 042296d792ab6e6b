package dev.prismaspring.schema.model;

import dev.prismaspring.schema.ast.Arity;

/** A field of a model: a column ({@link ScalarField}) or a relation ({@link RelationField}). */
public sealed interface ModelField permits ScalarField, RelationField {

	/** @return the name in the schema */
	String name();

	/** @return required, optional or list */
	Arity arity();

	/** @return whether {@code @ignore} leaves the field out of the client */
	boolean ignored();

	/** @return the {@code ///} comment, or {@code null} */
	String documentation();
}
