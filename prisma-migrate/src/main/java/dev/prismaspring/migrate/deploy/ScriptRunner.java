package dev.prismaspring.migrate.deploy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import dev.prismaspring.migrate.folder.MigrationsFolder.Migration;
import dev.prismaspring.migrate.history.HistoryTable;
import dev.prismaspring.migrate.lint.MigrationLinter;
import dev.prismaspring.migrate.sql.SqlIdentifiers;
import dev.prismaspring.migrate.sql.SqlStatements;
import dev.prismaspring.schema.PrismaException;

/**
 * Runs one migration script and writes its history row. A script runs in one transaction with
 * its row, so it is applied whole or not at all; a script whose first line is
 * {@value MigrationLinter#NO_TRANSACTION_DIRECTIVE} runs statement by statement outside a
 * transaction (for {@code CREATE INDEX CONCURRENTLY}), and when one fails the invalid indexes it
 * left behind are dropped. Either way a failure is recorded as a failed row with the database's
 * error in {@code logs}.
 */
final class ScriptRunner {

	private static final Pattern TRANSACTION_CONTROL = Pattern
		.compile("(?im)^\\s*(BEGIN|COMMIT|END|START\\s+TRANSACTION)\\s*;\\s*$");

	private ScriptRunner() {
	}

	/**
	 * @param last whether more migrations follow in this deploy: all but the last commit without
	 * waiting for the disk (the last one's commit flushes the log up to and including theirs, so
	 * when the deploy returns every migration is durable; a server crash in between loses whole
	 * migrations, each with its history row, which the next deploy applies again)
	 */
	static void apply(Connection connection, HistoryTable history, Migration migration, boolean last)
			throws SQLException {
		if (SqlStatements.startsWithDirective(migration.script(), MigrationLinter.NO_TRANSACTION_DIRECTIVE)) {
			applyWithoutTransaction(connection, history, migration);
		}
		else {
			applyInTransaction(connection, history, migration, last);
		}
	}

	private static void applyInTransaction(Connection connection, HistoryTable history, Migration migration,
			boolean last) throws SQLException {
		String commitMode = last ? "" : "SET LOCAL synchronous_commit TO OFF;\n";
		try (Statement statement = connection.createStatement()) {
			if (TRANSACTION_CONTROL.matcher(migration.script()).find()) {
				// Prisma wraps some steps in BEGIN/COMMIT; inside our transaction they would end it early.
				statement.execute("BEGIN");
				if (!last) {
					statement.execute(commitMode);
				}
				for (SqlStatements.Statement sql : SqlStatements.split(migration.script())) {
					if (!TRANSACTION_CONTROL.matcher(sql.text() + ";").matches()) {
						statement.execute(sql.text());
					}
				}
				statement.execute(history.appliedStatement(migration.name(), migration.checksum()) + ";\nCOMMIT");
			}
			else {
				// One round trip: the script and its history row in one transaction, which commits
				// only when every statement before COMMIT succeeded.
				statement.execute("BEGIN;\n" + commitMode + migration.script() + "\n;\n"
						+ history.appliedStatement(migration.name(), migration.checksum()) + ";\nCOMMIT");
			}
		}
		catch (SQLException ex) {
			if (isConnectionLost(connection)) {
				throw ex;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("ROLLBACK");
			}
			String id = history.started(connection, migration.name(), migration.checksum());
			history.failed(connection, id, logs(migration, ex));
			throw failed(migration, ex, "The migration was rolled back: the database is as it was before it.");
		}
	}

	private static void applyWithoutTransaction(Connection connection, HistoryTable history, Migration migration)
			throws SQLException {
		connection.setAutoCommit(true);
		String id = history.started(connection, migration.name(), migration.checksum());
		Set<String> invalidBefore = invalidIndexes(connection);
		int done = 0;
		try (Statement statement = connection.createStatement()) {
			for (SqlStatements.Statement sql : SqlStatements.split(migration.script())) {
				statement.execute(sql.text());
				done++;
			}
		}
		catch (SQLException ex) {
			if (isConnectionLost(connection)) {
				throw ex;
			}
			Set<String> left = invalidIndexes(connection);
			left.removeAll(invalidBefore);
			try (Statement statement = connection.createStatement()) {
				for (String index : left) {
					statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
				}
			}
			history.failed(connection, id, logs(migration, ex));
			throw failed(migration, ex, "It ran outside a transaction: " + done + " statement(s) before the failing one"
					+ " stay applied" + (left.isEmpty() ? "" : ", and the invalid index(es) " + left + " it left were dropped")
					+ ". Make the script safe to run again (e.g. IF NOT EXISTS) before deploying it again.");
		}
		history.finished(connection, id);
	}

	private static Set<String> invalidIndexes(Connection connection) throws SQLException {
		Set<String> indexes = new HashSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT n.nspname, c.relname FROM pg_catalog.pg_index i JOIN"
						+ " pg_catalog.pg_class c ON c.oid = i.indexrelid JOIN pg_catalog.pg_namespace n ON n.oid ="
						+ " c.relnamespace WHERE NOT i.indisvalid")) {
			while (rows.next()) {
				indexes.add(SqlIdentifiers.qualified(rows.getString(1), rows.getString(2)));
			}
		}
		return indexes;
	}

	private static boolean isConnectionLost(Connection connection) {
		try {
			return connection.isClosed() || !connection.isValid(5);
		}
		catch (SQLException ex) {
			return true;
		}
	}

	private static String logs(Migration migration, SQLException ex) {
		return "Migration name: " + migration.name() + "\n\nDatabase error code: " + ex.getSQLState()
				+ "\n\nDatabase error:\n" + ex.getMessage();
	}

	private static PrismaException failed(Migration migration, SQLException ex, String outcome) {
		return new PrismaException("P3018", "A migration failed to apply. New migrations cannot be applied before the"
				+ " error is recovered from.\n\nMigration name: " + migration.name() + "\n\nDatabase error code: "
				+ ex.getSQLState() + "\n\nDatabase error:\n" + ex.getMessage() + "\n\n" + outcome + " Fix "
				+ migration.path() + ", then run `migrate resolve --rolled-back " + migration.name()
				+ "` and deploy again. See https://pris.ly/d/migrate-resolve", ex);
	}
}
