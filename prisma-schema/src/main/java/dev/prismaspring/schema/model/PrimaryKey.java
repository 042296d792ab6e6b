package dev.prismaspring.schema.model;

import java.util.List;

/**
 * A model's primary key, from {@code @id} or {@code @@id}.
 *
 * @param name the client-side name from {@code @@id(name: "...")}, or {@code null}
 * @param constraintName the constraint's name ({@code map}, else Prisma's default {@code <table>_pkey})
 * @param fields its fields in key order
 * @param definedOnField whether it is written as {@code @id} on a field
 */
public record PrimaryKey(String name, String constraintName, List<IndexField> fields, boolean definedOnField) {

	public PrimaryKey {
		fields = List.copyOf(fields);
	}
}
