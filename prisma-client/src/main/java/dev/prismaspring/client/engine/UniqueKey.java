package dev.prismaspring.client.engine;

import java.util.List;

/**
 * A primary key or unique constraint: what {@code unique} arguments may name.
 *
 * @param name the compound name a query may use ({@code @@unique(name: ...)} or the fields joined by
 * underscores)
 * @param fields its fields
 * @param constraintName the constraint's or index's name in the database
 * @param partial whether it is a partial index (with a predicate)
 * @param fieldNames the names of its fields, in order
 */
record UniqueKey(String name, List<FieldInfo> fields, String constraintName, boolean partial, List<String> fieldNames) {

	/** The key, with its fields' names made once: every unique argument is checked against them. */
	UniqueKey(String name, List<FieldInfo> fields, String constraintName, boolean partial) {
		this(name, fields, constraintName, partial, fields.stream().map(FieldInfo::name).toList());
	}
}
