package dev.prismaspring.migrate.shadow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.migrate.sql.SqlIdentifiers;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * A shadow database created for one command beside the development database, when no
 * {@code shadowDatabaseUrl} is given, and dropped when closed.
 */
public final class TemporaryDatabase implements AutoCloseable {

	private final PostgresConnection server;

	private final PostgresConnection database;

	private TemporaryDatabase(PostgresConnection server, PostgresConnection database) {
		this.server = server;
		this.database = database;
	}

	/**
	 * @param beside the development database; its user needs the {@code CREATEDB} privilege
	 * @return the new, empty database
	 * @throws PrismaException {@code P3014} when it cannot be created, saying what a shadow database
	 * is and how to give one
	 */
	public static TemporaryDatabase create(PostgresConnection beside) {
		String name = "prisma_migrate_shadow_db_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DatabaseConnections.open(beside); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + SqlIdentifiers.quote(name));
		}
		catch (SQLException ex) {
			throw new PrismaException("P3014", "`migrate dev` could not create the shadow database: " + ex.getMessage()
					+ ".\nA shadow database is a second, scratch database that `migrate dev` fills from the migration"
					+ " history to compute the next migration and to detect drift; its contents are deleted each time."
					+ " Without `shadowDatabaseUrl`, it is created and dropped on the server of the development database,"
					+ " which needs the CREATEDB privilege (`ALTER USER " + beside.user().orElse("<user>")
					+ " CREATEDB`). Otherwise create an empty database yourself and set it as `shadowDatabaseUrl` (in the"
					+ " datasource block, or `prisma.datasource.shadow-url`). Never use a database whose data matters."
					+ " See https://pris.ly/d/migrate-shadow", ex);
		}
		return new TemporaryDatabase(beside, beside.withDatabase(name));
	}

	/** @return the connection to the temporary database */
	public PostgresConnection connection() {
		return this.database;
	}

	/** Drops the database, ending any session still on it. */
	@Override
	public void close() {
		try (Connection connection = DatabaseConnections.open(this.server);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + SqlIdentifiers.quote(this.database.database()) + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			throw new PrismaException("PSB2009", "Could not drop the temporary shadow database `"
					+ this.database.database() + "`: " + ex.getMessage() + ". Drop it by hand.", ex);
		}
	}
}
