package dev.prismaspring.migrate.sql;

/**
 * A column.
 *
 * @param name its name
 * @param type its type
 * @param nullable whether it accepts NULL
 * @param defaultValue its default, or {@code null}
 * @param autoincrement whether values come from a sequence the column owns (SERIAL) or an identity
 * @param comment the column's comment, or {@code null}
 */
public record Column(String name, ColumnType type, boolean nullable, ColumnDefault defaultValue, boolean autoincrement,
		String comment) {
}
