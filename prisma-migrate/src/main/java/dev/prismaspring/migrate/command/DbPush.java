package dev.prismaspring.migrate.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.migrate.describe.DatabaseDescriber;
import dev.prismaspring.migrate.diff.DataLossWarnings;
import dev.prismaspring.migrate.diff.MigrationStep;
import dev.prismaspring.migrate.diff.RowCounts;
import dev.prismaspring.migrate.diff.SchemaDiffer;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.migrate.lock.MigrationLock;
import dev.prismaspring.migrate.render.MigrationRenderer;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * {@code db push}: makes a database match the schema directly, without a migration or history,
 * for prototypes. The change runs in one transaction; changes that lose data need
 * {@code acceptDataLoss}.
 */
public final class DbPush {

	private DbPush() {
	}

	/**
	 * @param database the database
	 * @param datamodel the schema
	 * @param acceptDataLoss apply changes that drop data the database holds
	 * @param lockWait how long to wait for the migration lock
	 * @return the SQL that was run, or {@code null} when the database already matched
	 */
	public static String push(PostgresConnection database, Datamodel datamodel, boolean acceptDataLoss,
			Duration lockWait) {
		List<String> namespaces = MigrateDev.namespaces(database, datamodel);
		try (MigrationLock lock = MigrationLock.acquire(database, lockWait, (message) -> {
		}); Connection connection = DatabaseConnections.open(database)) {
			List<MigrationStep> steps = SchemaDiffer.diff(DatabaseDescriber.describe(connection, namespaces),
					MigrationScripts.sqlSchema(datamodel, database.schema()));
			if (steps.isEmpty()) {
				return null;
			}
			DataLossWarnings warnings = DataLossWarnings.check(steps, RowCounts.of(connection));
			if (!warnings.unexecutable().isEmpty()) {
				throw new PrismaException("PSB2012", "The schema cannot be pushed onto the data in the database:\n  - "
						+ String.join("\n  - ", warnings.unexecutable()) + "\nNothing was changed. Give the new columns a"
						+ " default, or fill them first.");
			}
			if (!warnings.warnings().isEmpty() && !acceptDataLoss) {
				throw new PrismaException("PSB2005", "Pushing the schema would lose data:\n  - "
						+ String.join("\n  - ", warnings.warnings()) + "\nNothing was changed. Run again with"
						+ " `--accept-data-loss` to accept it.");
			}
			String script = new MigrationRenderer(MigrationScripts.isMultiSchema(datamodel)).render(steps);
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute(script);
				connection.commit();
			}
			catch (SQLException ex) {
				connection.rollback();
				throw ex;
			}
			return script;
		}
		catch (SQLException ex) {
			throw DatabaseConnections.failure(database, "push the schema", ex);
		}
	}
}
