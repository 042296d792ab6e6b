package dev.prismaspring.schema.model;

import dev.prismaspring.schema.ast.Arity;

/**
 * A field stored in a column: a scalar, an enum, or an {@code Unsupported("...")} type.
 *
 * @param name the name in the schema
 * @param columnName the column's name ({@code @map}, else the name)
 * @param kind what sort of type the field has
 * @param typeName the scalar's or enum's name, or the database type written in {@code Unsupported("...")}
 * @param arity required, optional or list
 * @param nativeType the {@code @db.*} attribute, or {@code null}
 * @param defaultValue the {@code @default}, or {@code null}
 * @param defaultName the default constraint's name from {@code @default(..., map: "...")}, or {@code null}
 * @param updatedAt whether {@code @updatedAt} is set
 * @param ignored whether {@code @ignore} is set
 * @param documentation the {@code ///} comment, or {@code null}
 */
public record ScalarField(String name, String columnName, Kind kind, String typeName, Arity arity,
		NativeType nativeType, DefaultValue defaultValue, String defaultName, boolean updatedAt, boolean ignored,
		String documentation) implements ModelField {

	/** What sort of type a scalar field has. */
	public enum Kind {

		/** One of Prisma's scalar types. */
		SCALAR,

		/** An enum of the schema. */
		ENUM,

		/** A database type Prisma does not interpret. */
		UNSUPPORTED

	}

	/** @return the scalar type, or {@code null} for enums and unsupported types */
	public ScalarType scalarType() {
		return (this.kind == Kind.SCALAR) ? ScalarType.fromSchemaName(this.typeName) : null;
	}

	/** @return whether the field is {@code @default(autoincrement())} */
	public boolean isAutoincrement() {
		return this.defaultValue instanceof DefaultValue.Function function && function.name().equals("autoincrement");
	}
}
