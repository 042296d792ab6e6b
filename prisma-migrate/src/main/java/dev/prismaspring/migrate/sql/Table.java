package dev.prismaspring.migrate.sql;

import java.util.List;
import java.util.Optional;

/**
 * A table and everything that belongs to it.
 *
 * @param namespace the schema it is in
 * @param name its name
 * @param columns columns in their order in the table
 * @param primaryKey the primary key, or {@code null}
 * @param indexes unique and plain indexes (Prisma makes unique constraints as unique indexes)
 * @param foreignKeys foreign keys from this table
 * @param checks check constraints
 * @param comment the table's comment, or {@code null}
 */
public record Table(String namespace, String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
		List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {

	public Table {
		columns = List.copyOf(columns);
		indexes = List.copyOf(indexes);
		foreignKeys = List.copyOf(foreignKeys);
		checks = List.copyOf(checks);
	}

	/**
	 * @param columnName a column's name
	 * @return the column, if the table has it
	 */
	public Optional<Column> column(String columnName) {
		return this.columns.stream().filter((column) -> column.name().equals(columnName)).findFirst();
	}
}
