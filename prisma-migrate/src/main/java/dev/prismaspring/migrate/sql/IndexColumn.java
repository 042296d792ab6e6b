package dev.prismaspring.migrate.sql;

/**
 * A column of an index or key, with how the index orders it.
 *
 * @param name the column's name
 * @param descending whether the index sorts the column descending
 * @param length a prefix length (MySQL only; always {@code null} on PostgreSQL)
 * @param operatorClass the operator class, or {@code null} for the type's default
 */
public record IndexColumn(String name, boolean descending, Integer length, String operatorClass) {

	/**
	 * @param name a column name
	 * @return the column in ascending order with default operator class
	 */
	public static IndexColumn of(String name) {
		return new IndexColumn(name, false, null, null);
	}
}
