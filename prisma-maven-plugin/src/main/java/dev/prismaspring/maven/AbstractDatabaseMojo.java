package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that works on a database, found as the application finds it (see {@link DatabaseUrls}).
 */
abstract class AbstractDatabaseMojo extends AbstractCommandMojo {

	/**
	 * The database, as {@code postgresql://USER:PASSWORD@HOST:PORT/DATABASE} or
	 * {@code jdbc:postgresql://HOST:PORT/DATABASE?user=...&password=...}. Default:
	 * {@code prisma.datasource.url}, the schema's datasource url, then {@code spring.datasource.url}
	 * (with its username and password) from {@code src/main/resources/application.yml},
	 * {@code .yaml} or {@code .properties}.
	 */
	@Parameter(property = "prisma.url")
	String url;

	DatabaseUrl database() {
		DatabaseUrl database = DatabaseUrls.database(this.url, applicationProperties(), SchemaDatasource.read(schemaPath()));
		if (database != null) {
			getLog().debug("Database: " + database.source());
		}
		return database;
	}

	DatabaseUrl shadow(String explicit) {
		return DatabaseUrls.shadow(explicit, applicationProperties(), SchemaDatasource.read(schemaPath()));
	}

	/**
	 * @param arguments a command that destroys data ({@code migrate reset}, {@code migrate down})
	 * @param allowProduction whether the user allowed it under a production profile
	 * @return the command with the application's active and production profiles, as the
	 * application would see them ({@code spring.profiles.active},
	 * {@code prisma.migrate.production-profiles}), so the command refuses in production
	 */
	CliArguments withProductionGuard(CliArguments arguments, boolean allowProduction) {
		ApplicationProperties properties = applicationProperties();
		return arguments.option("--active-profiles", properties.get("spring.profiles.active"))
			.option("--production-profiles", properties.get("prisma.migrate.production-profiles"))
			.flag("--allow-production", allowProduction);
	}

	/** @return the command with {@code --schema} (when it exists) and {@code --url} */
	CliArguments withDatabase(String... command) {
		return withSchema(command).url("--url", database());
	}
}
