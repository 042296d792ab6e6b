package dev.prismaspring.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.shadow.ShadowDatabase;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.EnvLookup;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Turns the two sides of {@code migrate diff} into SQL schemas. Data models are placed in the
 * schema a URL side names (else {@code public}); databases are read in the schemas the data
 * models use.
 */
final class DiffSources {

	private DiffSources() {
	}

	/** What one side of a diff was given as. */
	record Side(Kind kind, String value) {

		enum Kind {

			EMPTY, SCHEMA_DATAMODEL, SCHEMA_DATASOURCE, URL, MIGRATIONS

		}
	}

	/** One side resolved. */
	record Resolved(SqlSchema sqlSchema, boolean multiSchema) {
	}

	static Side sideOf(String datamodel, String datasource, String url) {
		if (datamodel != null) {
			return new Side(Side.Kind.SCHEMA_DATAMODEL, datamodel);
		}
		if (datasource != null) {
			return new Side(Side.Kind.SCHEMA_DATASOURCE, datasource);
		}
		return (url != null) ? new Side(Side.Kind.URL, url) : new Side(Side.Kind.EMPTY, null);
	}

	static List<Resolved> resolve(List<Side> sides, String shadowDatabaseUrl, EnvLookup env) {
		List<Datamodel> datamodels = new ArrayList<>();
		List<PostgresConnection> connections = new ArrayList<>();
		for (Side side : sides) {
			datamodels.add((side.kind() == Side.Kind.SCHEMA_DATAMODEL)
					? SchemaLoading.datamodel(Path.of(side.value())) : null);
			connections.add(connection(side, env));
		}
		String defaultNamespace = connections.stream()
			.filter((connection) -> connection != null)
			.map(PostgresConnection::schema)
			.findFirst()
			.orElse(MigrationScripts.DEFAULT_NAMESPACE);
		Set<String> namespaces = new LinkedHashSet<>();
		for (Datamodel datamodel : datamodels) {
			if (datamodel != null && MigrationScripts.isMultiSchema(datamodel)) {
				namespaces.addAll(datamodel.datasource().schemas());
			}
		}
		if (namespaces.isEmpty()) {
			namespaces.add(defaultNamespace);
		}
		boolean multiSchema = datamodels.stream()
			.anyMatch((datamodel) -> datamodel != null && MigrationScripts.isMultiSchema(datamodel));
		List<Resolved> resolved = new ArrayList<>();
		for (int i = 0; i < sides.size(); i++) {
			SqlSchema schema;
			if (datamodels.get(i) != null) {
				schema = MigrationScripts.sqlSchema(datamodels.get(i), defaultNamespace);
			}
			else if (connections.get(i) != null) {
				schema = SchemaLoading.describe(connections.get(i), List.copyOf(namespaces));
			}
			else if (sides.get(i).kind() == Side.Kind.MIGRATIONS) {
				schema = ShadowDatabase.replay(shadow(shadowDatabaseUrl), MigrationsFolder.at(Path.of(sides.get(i).value())),
						List.copyOf(namespaces));
			}
			else {
				schema = SqlSchema.empty();
			}
			resolved.add(new Resolved(schema, multiSchema));
		}
		return resolved;
	}

	private static PostgresConnection shadow(String url) {
		if (url == null) {
			throw new PrismaException("PSB1006", "--from-migrations and --to-migrations need a shadow database to replay"
					+ " the migrations into: pass --shadow-database-url with an empty scratch database (its schemas are"
					+ " emptied first).");
		}
		return PostgresConnection.parse(url, "--shadow-database-url");
	}

	private static PostgresConnection connection(Side side, EnvLookup env) {
		return switch (side.kind()) {
			case URL -> PostgresConnection.parse(side.value(), "the URL given on the command line");
			case SCHEMA_DATASOURCE -> SchemaLoading.datasourceConnection(
					SchemaLoading.datamodel(Path.of(side.value())), Path.of(side.value()), env);
			default -> null;
		};
	}

}
