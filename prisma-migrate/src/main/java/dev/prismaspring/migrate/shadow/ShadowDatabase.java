package dev.prismaspring.migrate.shadow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.prismaspring.migrate.describe.DatabaseDescriber;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.migrate.sql.SqlIdentifiers;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Replays a migrations folder into a shadow database and reads back the structure it leads to.
 * The shadow database's schemas are emptied first: never point it at a database whose data matters.
 */
public final class ShadowDatabase {

	private ShadowDatabase() {
	}

	/**
	 * @param shadow the shadow database
	 * @param folder the migrations to replay, in order
	 * @param namespaces the schemas to empty first and to read afterwards
	 * @return the structure the migrations lead to
	 */
	public static SqlSchema replay(PostgresConnection shadow, MigrationsFolder folder, List<String> namespaces) {
		try (Connection connection = DatabaseConnections.open(shadow)) {
			try (Statement statement = connection.createStatement()) {
				for (String namespace : namespaces) {
					String quoted = SqlIdentifiers.quote(namespace);
					statement.execute("DROP SCHEMA IF EXISTS " + quoted + " CASCADE");
					statement.execute("CREATE SCHEMA " + quoted);
				}
			}
			for (MigrationsFolder.Migration migration : folder.migrations()) {
				apply(connection, migration);
			}
			return DatabaseDescriber.describe(connection, namespaces);
		}
		catch (SQLException ex) {
			throw new PrismaException("P3006", "Could not use the shadow database `" + shadow.database() + "`: "
					+ ex.getMessage(), ex);
		}
	}

	private static void apply(Connection connection, MigrationsFolder.Migration migration) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(migration.script());
		}
		catch (SQLException ex) {
			throw new PrismaException("P3006", "Migration `" + migration.name() + "` failed to apply cleanly to the"
					+ " shadow database.\nError: " + ex.getMessage() + "\nFix " + migration.path()
					+ " (or the migrations before it) and run the command again.", ex);
		}
	}
}
