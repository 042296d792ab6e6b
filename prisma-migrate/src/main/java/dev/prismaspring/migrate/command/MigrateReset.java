package dev.prismaspring.migrate.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.migrate.deploy.DeployOptions;
import dev.prismaspring.migrate.deploy.DeployResult;
import dev.prismaspring.migrate.deploy.MigrationDeployer;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.history.HistoryTable;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.migrate.lock.MigrationLock;
import dev.prismaspring.migrate.sql.SqlIdentifiers;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * {@code migrate reset}: drops every object of the managed schemas (all data with them) and the
 * history, then applies every migration again. Callers ask for confirmation first.
 */
public final class MigrateReset {

	private MigrateReset() {
	}

	/**
	 * @param database the database to wipe
	 * @param folder the migrations to apply afterwards
	 * @param options deploy options; their namespaces are the schemas dropped besides the URL's
	 * @return the migrations applied after the reset
	 */
	public static DeployResult reset(PostgresConnection database, MigrationsFolder folder, DeployOptions options) {
		wipe(database, options.namespaces(), options.lockWait());
		return MigrationDeployer.deploy(database, folder, options);
	}

	/**
	 * Drops and recreates the schemas, as Prisma's reset does, and the history table with them.
	 *
	 * @param database the database to wipe
	 * @param namespaces the schemas to drop besides the URL's
	 * @param lockWait how long to wait for the migration lock
	 */
	public static void wipe(PostgresConnection database, List<String> namespaces, Duration lockWait) {
		Set<String> schemas = new LinkedHashSet<>(namespaces);
		schemas.add(database.schema());
		try (MigrationLock lock = MigrationLock.acquire(database, lockWait, (message) -> {
		}); Connection connection = DatabaseConnections.open(database); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			for (String schema : schemas) {
				statement.execute("DROP SCHEMA IF EXISTS " + SqlIdentifiers.quote(schema) + " CASCADE");
				statement.execute("CREATE SCHEMA " + SqlIdentifiers.quote(schema));
			}
			statement.execute("DROP TABLE IF EXISTS " + SqlIdentifiers.qualified(database.schema(), HistoryTable.NAME));
			connection.commit();
		}
		catch (SQLException ex) {
			throw DatabaseConnections.failure(database, "reset the database", ex);
		}
	}
}
