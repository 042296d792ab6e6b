package dev.prismaspring.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:migrate-diff -Dprisma.from=migrations -Dprisma.to=schema -Dprisma.script}:
 * compares two states of a database and prints the difference, or the SQL script that turns the
 * first into the second, as {@code prisma migrate diff} does. Nothing is applied.
 *
 * <p>{@code from} and {@code to} each take one of:
 * <ul>
 * <li>{@code empty}: an empty database;</li>
 * <li>{@code schema}, or {@code schema:PATH}: the database a schema describes (default: the
 * goal's schema);</li>
 * <li>{@code database}: the live database, found as the other goals find it;</li>
 * <li>{@code migrations}, or {@code migrations:DIR}: the database the migrations lead to, replayed
 * into the shadow database (default: the goal's migrations folder);</li>
 * <li>{@code url:URL}: the live database at that URL.</li>
 * </ul>
 */
@Mojo(name = "migrate-diff", threadSafe = true)
public class MigrateDiffMojo extends AbstractDatabaseMojo {

	/**
	 * The state to compare from: {@code empty}, {@code schema[:PATH]}, {@code database},
	 * {@code migrations[:DIR]} or {@code url:URL}.
	 */
	@Parameter(property = "prisma.from", required = true)
	String from;

	/**
	 * The state to compare to: {@code empty}, {@code schema[:PATH]}, {@code database},
	 * {@code migrations[:DIR]} or {@code url:URL}.
	 */
	@Parameter(property = "prisma.to", required = true)
	String to;

	/**
	 * Print a SQL script instead of a summary.
	 */
	@Parameter(property = "prisma.script", defaultValue = "false")
	boolean script;

	/**
	 * Write the result to this file instead of the log.
	 */
	@Parameter(property = "prisma.output")
	File output;

	/**
	 * The migrations folder {@code migrations} stands for.
	 */
	@Parameter(property = "prisma.migrations", defaultValue = "${project.basedir}/src/main/resources/prisma/migrations")
	File migrations;

	/**
	 * The scratch database {@code migrations} is replayed into; its schemas are emptied first.
	 * Default: {@code prisma.datasource.shadow-url}, else the schema's {@code shadowDatabaseUrl}.
	 */
	@Parameter(property = "prisma.shadowDatabaseUrl")
	String shadowDatabaseUrl;

	@Override
	CliArguments arguments() {
		CliArguments arguments = new CliArguments("migrate", "diff");
		boolean replays = side(arguments, "--from-", "from", this.from) | side(arguments, "--to-", "to", this.to);
		if (replays) {
			arguments.url("--shadow-database-url", shadow(this.shadowDatabaseUrl));
		}
		return arguments.flag("--script", this.script)
			.option("--output", (this.output != null) ? absolute(this.output) : null);
	}

	// Adds one side; returns whether it replays migrations, which needs the shadow database.
	private boolean side(CliArguments arguments, String prefix, String parameter, String value) {
		if (value == null || value.isBlank()) {
			throw usage(parameter, "is not set");
		}
		String text = value.strip();
		int colon = text.indexOf(':');
		String kind = ((colon >= 0) ? text.substring(0, colon) : text).toLowerCase(Locale.ROOT);
		String argument = (colon >= 0) ? text.substring(colon + 1) : null;
		switch (kind) {
			case "empty" -> arguments.flag(prefix + "empty", true);
			case "schema" -> arguments.option(prefix + "schema-datamodel",
					(argument != null) ? absolute(new File(argument)) : schemaPath());
			case "database", "datasource" -> {
				DatabaseUrl database = database();
				if (database != null) {
					arguments.url(prefix + "url", database);
				}
				else {
					arguments.option(prefix + "schema-datasource", schemaPath());
				}
			}
			case "migrations" -> arguments.option(prefix + "migrations", (argument != null) ? absolute(new File(argument))
					: migrationsFolder());
			case "url" -> {
				if (argument == null || argument.isBlank()) {
					throw usage(parameter, "has no URL after `url:`");
				}
				arguments.url(prefix + "url", new DatabaseUrl(argument, "the " + parameter + " parameter"));
			}
			// Not url:, so the word holds no password.
			default -> throw usage(parameter, "is `" + kind + "`, not one of empty, schema, database, migrations, url:URL");
		}
		return kind.equals("migrations");
	}

	private Path migrationsFolder() {
		return (this.migrations != null) ? absolute(this.migrations) : basedir().resolve(RESOURCES + "/prisma/migrations");
	}

	// The value itself stays out of the message: a url: side holds a password.
	private static PluginFailure usage(String parameter, String problem) {
		return new PluginFailure("PSB1011", "The " + parameter + " parameter (-Dprisma." + parameter + ") " + problem
				+ ". Give empty, schema[:PATH], database, migrations[:DIR] or url:URL.");
	}
}
