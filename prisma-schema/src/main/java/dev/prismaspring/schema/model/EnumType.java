package dev.prismaspring.schema.model;

import java.util.List;

/**
 * An enum.
 *
 * @param name the name in the schema
 * @param databaseName the type's name in the database ({@code @@map}, else the name)
 * @param schema the database schema from {@code @@schema}, or {@code null} for the default one
 * @param values the values in declaration order
 * @param documentation the {@code ///} comment, or {@code null}
 */
public record EnumType(String name, String databaseName, String schema, List<Value> values, String documentation) {

	public EnumType {
		values = List.copyOf(values);
	}

	/**
	 * @param name a value's name in the schema
	 * @return the value's name in the database
	 */
	public String databaseValue(String name) {
		return this.values.stream()
			.filter((value) -> value.name().equals(name))
			.map(Value::databaseName)
			.findFirst()
			.orElse(name);
	}

	/**
	 * One value of an enum.
	 *
	 * @param name the name in the schema
	 * @param databaseName the value stored in the database ({@code @map}, else the name)
	 * @param documentation the {@code ///} comment, or {@code null}
	 */
	public record Value(String name, String databaseName, String documentation) {
	}
}
