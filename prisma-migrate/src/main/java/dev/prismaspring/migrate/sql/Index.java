package dev.prismaspring.migrate.sql;

import java.util.List;

/**
 * An index, unique or not.
 *
 * @param name its name
 * @param unique whether it is unique
 * @param columns its columns in order
 * @param method the access method: {@code BTREE}, {@code HASH}, {@code GIST}, {@code GIN}, {@code SPGIST}, {@code BRIN}
 * @param predicate the WHERE clause of a partial index, or {@code null}
 */
public record Index(String name, boolean unique, List<IndexColumn> columns, String method, String predicate) {

	public Index {
		columns = List.copyOf(columns);
	}
}
