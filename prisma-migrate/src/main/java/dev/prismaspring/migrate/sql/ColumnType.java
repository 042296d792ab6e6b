package dev.prismaspring.migrate.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A column's type, in the spelling Prisma writes in migrations.
 *
 * @param name the type's name as Prisma writes it ({@code TEXT}, {@code VARCHAR}, {@code DOUBLE PRECISION},
 * {@code TIMESTAMP}), an enum's name, or the verbatim text of an unsupported type
 * @param arguments type arguments such as length, precision and scale; empty when none are written
 * @param kind whether this is a built-in type, an enum or a type we do not interpret
 * @param enumNamespace for enums, the schema the enum is in; otherwise {@code null}
 * @param array whether the column holds an array of the type
 */
public record ColumnType(String name, List<Integer> arguments, Kind kind, String enumNamespace, boolean array) {

	public ColumnType {
		arguments = List.copyOf(arguments);
	}

	/** What kind of type a column has. */
	public enum Kind {

		/** A PostgreSQL built-in type. */
		BUILT_IN,

		/** An enum declared in the schema. */
		ENUM,

		/** A type written verbatim, as {@code Unsupported("...")} says. */
		UNSUPPORTED

	}

	/**
	 * @param name a built-in type's name
	 * @param arguments its arguments
	 * @return a scalar column type
	 */
	public static ColumnType builtIn(String name, Integer... arguments) {
		return new ColumnType(name, List.of(arguments), Kind.BUILT_IN, null, false);
	}

	/** @return the same type as an array */
	public ColumnType asArray() {
		return new ColumnType(this.name, this.arguments, this.kind, this.enumNamespace, true);
	}

	/**
	 * @param withNamespace whether to qualify enums with their schema
	 * @return the type as it is written in DDL, e.g. {@code VARCHAR(255)}, {@code "Role"[]}
	 */
	public String toSql(boolean withNamespace) {
		String base = switch (this.kind) {
			case ENUM -> withNamespace ? SqlIdentifiers.qualified(this.enumNamespace, this.name)
					: SqlIdentifiers.quote(this.name);
			case UNSUPPORTED -> this.name;
			case BUILT_IN -> this.arguments.isEmpty() ? this.name : this.name
					+ this.arguments.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
		};
		return this.array ? base + "[]" : base;
	}
}
