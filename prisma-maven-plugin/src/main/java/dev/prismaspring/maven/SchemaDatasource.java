package dev.prismaspring.maven;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.model.ConfigValue;
import dev.prismaspring.schema.model.Datasource;

/**
 * What the schema's datasource block says about the database, read only to choose the URL; an
 * invalid schema is left for the command itself to report.
 *
 * @param location the schema file or folder
 * @param state whether the schema was found and valid
 * @param name the datasource block's name, or {@code null}
 * @param url the URL the commands connect through: its {@code directUrl} when it has one (as in
 * Prisma, whose {@code url} may point at a pooler), else its {@code url}; or {@code null}
 * @param shadowDatabaseUrl its {@code shadowDatabaseUrl}, or {@code null}
 * @param urlKey which key {@code url} came from, {@code url} or {@code directUrl}
 */
record SchemaDatasource(Path location, State state, String name, ConfigValue url, ConfigValue shadowDatabaseUrl,
		String urlKey) {

	SchemaDatasource(Path location, State state, String name, ConfigValue url, ConfigValue shadowDatabaseUrl) {
		this(location, state, name, url, shadowDatabaseUrl, "url");
	}

	enum State {

		MISSING, INVALID, VALID

	}

	static SchemaDatasource read(Path location) {
		if (!Files.exists(location)) {
			return new SchemaDatasource(location, State.MISSING, null, null, null);
		}
		try {
			ValidatedSchema schema = PrismaSchema.validate(SchemaFiles.load(location));
			if (schema.hasErrors()) {
				return new SchemaDatasource(location, State.INVALID, null, null, null);
			}
			Datasource datasource = schema.datamodel().datasource();
			if (datasource == null) {
				return new SchemaDatasource(location, State.VALID, null, null, null);
			}
			boolean direct = datasource.directUrl() != null;
			return new SchemaDatasource(location, State.VALID, datasource.name(),
					direct ? datasource.directUrl() : datasource.url(), datasource.shadowDatabaseUrl(),
					direct ? "directUrl" : "url");
		}
		catch (PrismaException ex) {
			return new SchemaDatasource(location, State.INVALID, null, null, null);
		}
	}
}
