package dev.prismaspring.schema.model;

import java.util.List;

/**
 * The datasource block.
 *
 * @param name the block's name, the prefix of native type attributes ({@code db})
 * @param provider the provider, {@code postgresql}
 * @param url the connection URL, or {@code null} (the Prisma 7 dialect keeps it out of the schema)
 * @param directUrl the direct connection URL, or {@code null}
 * @param shadowDatabaseUrl the shadow database's URL, or {@code null}
 * @param relationMode how relations are enforced
 * @param schemas the database schemas of a multi-schema datamodel; empty when not set
 * @param extensions the PostgreSQL extensions the schema declares
 */
public record Datasource(String name, String provider, ConfigValue url, ConfigValue directUrl,
		ConfigValue shadowDatabaseUrl, RelationMode relationMode, List<String> schemas, List<Extension> extensions) {

	public Datasource {
		schemas = List.copyOf(schemas);
		extensions = List.copyOf(extensions);
	}

	/**
	 * A PostgreSQL extension, as {@code extensions = [pg_trgm, uuid_ossp(map: "uuid-ossp")]} declares it.
	 *
	 * @param name the name in the schema
	 * @param databaseName the extension's name in the database ({@code map}, else the name)
	 * @param schema the schema to create it in, or {@code null}
	 * @param version the version to create, or {@code null}
	 */
	public record Extension(String name, String databaseName, String schema, String version) {
	}
}
