package dev.prismaspring.migrate.sql;

/**
 * A column of an index or key, with how the index orders it.
 *
 * @param name the column's name
 * @param descending whether the index sorts the column descending
 * @param operatorClass the operator class, or {@code null} for the type's default
 * @param defaultOperatorClass whether {@code operatorClass} is known to be the type's default for the
 * index method, as the database reports it; a schema cannot tell
 */
public record IndexColumn(String name, boolean descending, String operatorClass, boolean defaultOperatorClass) {

	/**
	 * @param name a column name
	 * @return the column in ascending order with default operator class
	 */
	public static IndexColumn of(String name) {
		return new IndexColumn(name, false, null, false);
	}

	/**
	 * @param other the same column in another description of the index
	 * @return whether the two sort the same way with the same operator class, an unnamed default
	 * class being the same as the default class named
	 */
	public boolean sameAs(IndexColumn other) {
		if (!this.name.equals(other.name) || this.descending != other.descending) {
			return false;
		}
		if (this.operatorClass == null || other.operatorClass == null) {
			return (this.operatorClass == null || this.defaultOperatorClass)
					&& (other.operatorClass == null || other.defaultOperatorClass);
		}
		return this.operatorClass.equals(other.operatorClass);
	}
}
