package dev.prismaspring.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.model.ConfigValue;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.EnvLookup;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * The options of the commands that work on a database and a migrations folder: the schema, the
 * database (its datasource {@code url}, or {@code --url}), the shadow database and the folder
 * (Prisma's default: {@code migrations} beside the schema).
 */
final class DatabaseOptions {

	@Mixin
	SchemaOption schemaOption;

	@Option(names = "--url", paramLabel = "URL",
			description = "The database. Default: the url of the schema's datasource (env(...) is read from the environment).")
	String url;

	@Option(names = "--migrations", paramLabel = "DIR",
			description = "The migrations folder. Default: the folder `migrations` beside the schema.")
	Path migrations;

	@Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "10",
			description = "How long to wait for another migration to release the migration lock. Default: ${DEFAULT-VALUE}.")
	long lockWaitSeconds;

	private Datamodel datamodel;

	Duration lockWait() {
		return Duration.ofSeconds(this.lockWaitSeconds);
	}

	Datamodel datamodel() {
		if (this.datamodel == null) {
			this.datamodel = SchemaLoading.datamodel(this.schemaOption.resolve());
		}
		return this.datamodel;
	}

	/** @return the schema's model when a schema can be found, else {@code null} */
	Datamodel optionalDatamodel() {
		if (this.schemaOption.schema == null && SchemaOption.DEFAULT_LOCATIONS.stream().noneMatch((p) -> Files.exists(Path.of(p)))) {
			return null;
		}
		return datamodel();
	}

	PostgresConnection database() {
		if (this.url != null) {
			return PostgresConnection.parse(this.url, "--url");
		}
		Datamodel model = optionalDatamodel();
		if (model == null) {
			throw new PrismaException("PSB1004", "No database given: pass --url postgresql://USER:PASSWORD@HOST:PORT/DATABASE,"
					+ " or --schema with a datasource that has a url.");
		}
		return SchemaLoading.datasourceConnection(model, this.schemaOption.resolve(), EnvLookup.system());
	}

	/**
	 * @param explicit the {@code --shadow-database-url} option, or {@code null}
	 * @return the shadow database, or {@code null} for a temporary one (also when the schema's
	 * {@code shadowDatabaseUrl} names an environment variable that is not set)
	 */
	PostgresConnection shadow(String explicit) {
		if (explicit != null) {
			return PostgresConnection.parse(explicit, "--shadow-database-url");
		}
		Datamodel model = datamodel();
		ConfigValue shadow = (model.datasource() != null) ? model.datasource().shadowDatabaseUrl() : null;
		if (shadow == null) {
			return null;
		}
		String source = "datasource " + model.datasource().name() + ", shadowDatabaseUrl";
		// An unset or empty variable means no shadow database, as in the Maven plugin and the
		// starter: migrate dev then makes a temporary one.
		String value = (shadow.environmentVariable() != null) ? EnvLookup.system().get(shadow.environmentVariable())
				: shadow.literal();
		return (value != null && !value.isBlank()) ? PostgresConnection.parse(value, source) : null;
	}

	Path migrationsLocation() {
		if (this.migrations != null) {
			return this.migrations;
		}
		Path schema = this.schemaOption.resolve().toAbsolutePath();
		Path base = Files.isDirectory(schema) ? schema : schema.getParent();
		return base.resolve("migrations");
	}

	MigrationsFolder folder() {
		return MigrationsFolder.at(migrationsLocation());
	}

	/** @return the schemas the migrations manage: the datasource's {@code schemas} and the URL's */
	List<String> namespaces(PostgresConnection database) {
		Set<String> namespaces = new LinkedHashSet<>();
		Datamodel model = optionalDatamodel();
		if (model != null && model.datasource() != null) {
			namespaces.addAll(model.datasource().schemas());
		}
		namespaces.add(database.schema());
		return List.copyOf(namespaces);
	}

}
