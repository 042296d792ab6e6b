package dev.prismaspring.migrate.sql;

import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL database's structure, as far as migrations care: what Prisma would create from a
 * schema, or what the catalogs of a live database say. Two of them are compared by the differ.
 *
 * @param namespaces the schemas (PostgreSQL namespaces) in play
 * @param extensions extensions created in the database
 * @param enums enum types
 * @param tables tables, with their columns, keys, indexes and foreign keys
 * @param views views, read so that they are left alone
 */
public record SqlSchema(List<String> namespaces, List<Extension> extensions, List<EnumType> enums, List<Table> tables,
		List<View> views) {

	public SqlSchema {
		namespaces = List.copyOf(namespaces);
		extensions = List.copyOf(extensions);
		enums = List.copyOf(enums);
		tables = List.copyOf(tables);
		views = List.copyOf(views);
	}

	/** @return a schema with nothing in it */
	public static SqlSchema empty() {
		return new SqlSchema(List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/**
	 * @param namespace the schema the table is in
	 * @param name the table's name
	 * @return the table, if there is one
	 */
	public Optional<Table> table(String namespace, String name) {
		return this.tables.stream()
			.filter((table) -> table.namespace().equals(namespace) && table.name().equals(name))
			.findFirst();
	}

	/**
	 * @param namespace the schema the type is in
	 * @param name the type's name
	 * @return the enum, if there is one
	 */
	public Optional<EnumType> enumType(String namespace, String name) {
		return this.enums.stream()
			.filter((type) -> type.namespace().equals(namespace) && type.name().equals(name))
			.findFirst();
	}
}
