package dev.prismaspring.migrate.sql;

import java.util.List;

/**
 * A PostgreSQL enum type.
 *
 * @param namespace the schema it is in
 * @param name its name
 * @param values its values in declaration order
 */
public record EnumType(String namespace, String name, List<String> values) {

	public EnumType {
		values = List.copyOf(values);
	}
}
