package dev.prismaspring.migrate.sql;

import java.util.List;

/**
 * A table's primary key.
 *
 * @param name the constraint's name
 * @param columns its columns in key order
 */
public record PrimaryKey(String name, List<IndexColumn> columns) {

	public PrimaryKey {
		columns = List.copyOf(columns);
	}
}
