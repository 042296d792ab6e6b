package dev.prismaspring.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.prismaspring.migrate.describe.DatabaseDescriber;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.model.ConfigValue;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.EnvLookup;
import dev.prismaspring.schema.url.PostgresConnection;

/** Reads a schema for commands that need a valid one, failing with its diagnostics otherwise. */
final class SchemaLoading {

	private SchemaLoading() {
	}

	static Datamodel datamodel(Path location) {
		ValidatedSchema schema = PrismaSchema.validate(SchemaFiles.load(location));
		if (schema.hasErrors()) {
			throw new PrismaException(Diagnostic.SCHEMA_VALIDATION, "The schema at " + location
					+ " is invalid; fix these errors and run the command again:\n"
					+ DiagnosticPrinter.print(schema.errors()));
		}
		return schema.datamodel();
	}

	/**
	 * @param datamodel a valid schema's model
	 * @param location where the schema is, named in the error
	 * @param env where {@code env("...")} is looked up
	 * @return the connection the datasource's {@code url} names
	 */
	static PostgresConnection datasourceConnection(Datamodel datamodel, Path location, EnvLookup env) {
		ConfigValue url = (datamodel.datasource() != null) ? datamodel.datasource().url() : null;
		if (url == null) {
			throw new PrismaException("PSB1004", "The datasource in " + location + " has no `url` (as in Prisma 7"
					+ " schemas). Pass the database as a URL on the command line instead.");
		}
		// As Prisma's CLI does, commands connect through directUrl when the datasource has one (url
		// may point at a pooler, which cannot hold the migration lock).
		ConfigValue direct = datamodel.datasource().directUrl();
		ConfigValue chosen = (direct != null) ? direct : url;
		String source = "datasource " + datamodel.datasource().name() + ", " + ((direct != null) ? "directUrl" : "url");
		String value = (chosen.environmentVariable() != null) ? env.require(chosen.environmentVariable(), source)
				: chosen.literal();
		return PostgresConnection.parse(value, source);
	}

	/**
	 * @param connection a database
	 * @param namespaces the schemas to read
	 * @return their structure
	 */
	static SqlSchema describe(PostgresConnection connection, List<String> namespaces) {
		try (Connection jdbc = DatabaseConnections.open(connection)) {
			return DatabaseDescriber.describe(jdbc, namespaces);
		}
		catch (SQLException ex) {
			throw new PrismaException("P1014", "Could not read the structure of database `" + connection.database()
					+ "`: " + ex.getMessage() + ". Check that the user may read the catalogs.", ex);
		}
	}
}
