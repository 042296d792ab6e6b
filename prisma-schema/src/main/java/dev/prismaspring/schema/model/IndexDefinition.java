package dev.prismaspring.schema.model;

import java.util.List;

/**
 * A unique constraint ({@code @unique}, {@code @@unique}) or an index ({@code @@index}).
 *
 * @param unique whether it is unique
 * @param name the client-side name from {@code name:}, or {@code null}
 * @param databaseName the index's name ({@code map}, else Prisma's default {@code <table>_<columns>_key} or
 * {@code _idx})
 * @param fields its fields in order
 * @param method the access method from {@code type:} ({@code BTree}, {@code Hash}, {@code Gin}, ...), or
 * {@code null} for the default
 * @param predicate the {@code where:} clause of a partial index as raw SQL, or {@code null}
 * @param definedOnField whether it is written as {@code @unique} on a field
 */
public record IndexDefinition(boolean unique, String name, String databaseName, List<IndexField> fields, String method,
		String predicate, boolean definedOnField) {

	public IndexDefinition {
		fields = List.copyOf(fields);
	}
}
