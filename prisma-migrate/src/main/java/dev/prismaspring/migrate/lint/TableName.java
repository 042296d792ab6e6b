package dev.prismaspring.migrate.lint;

import java.util.Objects;

import dev.prismaspring.migrate.sql.SqlIdentifiers;

/**
 * A table's name as a statement writes it, folded as PostgreSQL folds it.
 *
 * @param schema the schema, or {@code null} when the statement leaves it to the search path
 * @param name the table's name
 */
record TableName(String schema, String name) {

	/**
	 * @param other another table name
	 * @return whether both may name the same table: equal names, and equal schemas where both have one
	 */
	boolean sameAs(TableName other) {
		return this.name.equals(other.name)
				&& (this.schema == null || other.schema == null || Objects.equals(this.schema, other.schema));
	}

	@Override
	public String toString() {
		return SqlIdentifiers.qualified(this.schema, this.name);
	}
}
