package dev.prismaspring.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn prisma:migrate-dev -Dprisma.name=init}: writes the next migration from the changes in
 * the schema (with its {@code down.sql}) and applies it to the development database, replaying the
 * history in a shadow database, as {@code prisma migrate dev} does.
 */
@Mojo(name = "migrate-dev", threadSafe = true)
public class MigrateDevMojo extends AbstractMigrationsMojo {

	/**
	 * The migration's name, e.g. {@code init}.
	 */
	@Parameter(property = "prisma.name")
	String name;

	/**
	 * Write the migration without applying it, to edit it first.
	 */
	@Parameter(property = "prisma.createOnly", defaultValue = "false")
	boolean createOnly;

	/**
	 * Apply a migration that drops data the database holds.
	 */
	@Parameter(property = "prisma.acceptDataLoss", defaultValue = "false")
	boolean acceptDataLoss;

	/**
	 * The shadow database, emptied on every run. Default: {@code prisma.datasource.shadow-url} from
	 * the application's configuration, the schema's {@code shadowDatabaseUrl}, else a temporary
	 * database (which needs the CREATEDB privilege).
	 */
	@Parameter(property = "prisma.shadowDatabaseUrl")
	String shadowDatabaseUrl;

	@Override
	CliArguments arguments() {
		requireSchema();
		return withMigrations("migrate", "dev").option("--name", this.name)
			.flag("--create-only", this.createOnly)
			.flag("--accept-data-loss", this.acceptDataLoss)
			.url("--shadow-database-url", shadow(this.shadowDatabaseUrl));
	}
}
