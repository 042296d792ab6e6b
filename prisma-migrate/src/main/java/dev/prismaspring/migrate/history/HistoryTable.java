package dev.prismaspring.migrate.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.prismaspring.migrate.sql.SqlIdentifiers;
import dev.prismaspring.migrate.sql.SqlLiterals;
import dev.prismaspring.schema.PrismaException;

/**
 * Reads and writes {@code _prisma_migrations} in one schema, with the table definition and the
 * row protocol of Prisma's schema engine: a row is inserted when a migration starts, its
 * {@code applied_steps_count} becomes 1 and {@code finished_at} is set when it ends; a failure
 * leaves {@code finished_at} empty and the database's error in {@code logs}. Methods run on the
 * caller's connection and in the caller's transaction.
 */
public final class HistoryTable {

	/** The table's name, as Prisma names it. */
	public static final String NAME = "_prisma_migrations";

	private static final String COLUMNS = "id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at,"
			+ " applied_steps_count";

	private final String namespace;

	private final String table;

	/**
	 * @param namespace the schema that holds the table: the connection URL's {@code schema},
	 * {@code public} by default
	 */
	public HistoryTable(String namespace) {
		this.namespace = namespace;
		this.table = SqlIdentifiers.qualified(namespace, NAME);
	}

	/** @return the schema that holds the table */
	public String namespace() {
		return this.namespace;
	}

	/**
	 * @param connection a connection
	 * @return whether the table exists
	 * @throws SQLException when the catalog cannot be read
	 */
	public boolean exists(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
						+ " WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')")) {
			statement.setString(1, this.namespace);
			statement.setString(2, NAME);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next();
			}
		}
	}

	private boolean namespaceExists(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
			statement.setString(1, this.namespace);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next();
			}
		}
	}

	/**
	 * Creates the table with Prisma's definition (and its schema, when missing).
	 *
	 * @param connection a connection
	 * @throws SQLException when the table cannot be created
	 */
	public void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (!namespaceExists(connection)) {
				// Checked first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege even when the schema exists.
				statement.execute("CREATE SCHEMA " + SqlIdentifiers.quote(this.namespace));
			}
			statement.execute("CREATE TABLE IF NOT EXISTS " + this.table + " (\n"
					+ "    id                      VARCHAR(36) PRIMARY KEY NOT NULL,\n"
					+ "    checksum                VARCHAR(64) NOT NULL,\n"
					+ "    finished_at             TIMESTAMPTZ,\n"
					+ "    migration_name          VARCHAR(255) NOT NULL,\n"
					+ "    logs                    TEXT,\n"
					+ "    rolled_back_at          TIMESTAMPTZ,\n"
					+ "    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
					+ "    applied_steps_count     INTEGER NOT NULL DEFAULT 0\n"
					+ ")");
		}
	}

	/**
	 * @param connection a connection
	 * @return every row, oldest first, or none when the table does not exist
	 * @throws SQLException when the table cannot be read
	 */
	public List<MigrationRecord> read(Connection connection) throws SQLException {
		if (!exists(connection)) {
			return List.of();
		}
		requireColumns(connection);
		List<MigrationRecord> records = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM " + this.table
						+ " ORDER BY started_at ASC, migration_name ASC")) {
			while (rows.next()) {
				records.add(new MigrationRecord(rows.getString(1), rows.getString(2), instant(rows.getTimestamp(3)),
						rows.getString(4), rows.getString(5), instant(rows.getTimestamp(6)), instant(rows.getTimestamp(7)),
						rows.getInt(8)));
			}
		}
		return records;
	}

	/**
	 * Refuses a table without the columns Prisma's has (written by another tool, or a version of
	 * one that has none of them): reading or writing it would fail halfway with a database error.
	 * Columns beyond Prisma's are left alone.
	 */
	private void requireColumns(Connection connection) throws SQLException {
		List<String> missing = new ArrayList<>(List.of(COLUMNS.split(",\\s*")));
		try (PreparedStatement statement = connection.prepareStatement("SELECT a.attname FROM pg_catalog.pg_attribute a"
				+ " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
				+ " WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped")) {
			statement.setString(1, this.namespace);
			statement.setString(2, NAME);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					missing.remove(rows.getString(1));
				}
			}
		}
		if (!missing.isEmpty()) {
			throw new PrismaException("PSB2017", "The history table " + this.table + " has no column "
					+ String.join(", ", missing) + ", which Prisma's has: another tool, or another version of one,"
					+ " wrote it. Nothing was changed. If the table is another tool's, keep this one's history"
					+ " apart (a schema of its own, ?schema=...); if it is Prisma's, add the missing columns as"
					+ " Prisma defines them (docs/migrate.md, \"The history table\").");
		}
	}

	/**
	 * Records that a migration starts.
	 *
	 * @param connection a connection
	 * @param migrationName the migration's directory name
	 * @param checksum its script's checksum
	 * @return the row's id
	 * @throws SQLException when the row cannot be written
	 */
	public String started(Connection connection, String migrationName, String checksum) throws SQLException {
		String id = UUID.randomUUID().toString();
		try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + this.table
				+ " (id, checksum, started_at, migration_name) VALUES (?, ?, ?, ?)")) {
			statement.setString(1, id);
			statement.setString(2, checksum);
			statement.setTimestamp(3, Timestamp.from(Instant.now()));
			statement.setString(4, migrationName);
			statement.executeUpdate();
		}
		return id;
	}

	/**
	 * The row of a migration that ran to its end, in one statement with its values written in: the
	 * row Prisma's protocol leaves after its insert and updates. Sent in the same transaction as
	 * the migration's script, after it, where no one can see the steps in between:
	 * {@code started_at} is the transaction's start, {@code finished_at} the time the statement
	 * runs.
	 *
	 * @param migrationName the migration's directory name
	 * @param checksum its script's checksum
	 * @return the statement, without a terminating semicolon
	 */
	public String appliedStatement(String migrationName, String checksum) {
		return "INSERT INTO " + this.table + " (id, checksum, started_at, finished_at, migration_name,"
				+ " applied_steps_count) VALUES (" + SqlLiterals.dollarQuote(UUID.randomUUID().toString()) + ", "
				+ SqlLiterals.dollarQuote(checksum) + ", now(), clock_timestamp(), "
				+ SqlLiterals.dollarQuote(migrationName) + ", 1)";
	}

	/**
	 * Records that a started migration ran to its end: one applied step, and the finish time.
	 *
	 * @param connection a connection
	 * @param id the row's id
	 * @throws SQLException when the row cannot be written
	 */
	public void finished(Connection connection, String id) throws SQLException {
		update(connection, "applied_steps_count = applied_steps_count + 1, finished_at = ?", id,
				Timestamp.from(Instant.now()));
	}

	/**
	 * Records that a started migration failed.
	 *
	 * @param connection a connection
	 * @param id the row's id
	 * @param logs the database's error
	 * @throws SQLException when the row cannot be written
	 */
	public void failed(Connection connection, String id, String logs) throws SQLException {
		update(connection, "logs = ?", id, logs);
	}

	/**
	 * Records a migration as applied without running it, as {@code migrate resolve --applied} does.
	 *
	 * @param connection a connection
	 * @param migrationName the migration's directory name
	 * @param checksum its script's checksum
	 * @throws SQLException when the row cannot be written
	 */
	public void markApplied(Connection connection, String migrationName, String checksum) throws SQLException {
		Timestamp now = Timestamp.from(Instant.now());
		try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + this.table
				+ " (id, checksum, logs, started_at, finished_at, migration_name) VALUES (?, ?, '', ?, ?, ?)")) {
			statement.setString(1, UUID.randomUUID().toString());
			statement.setString(2, checksum);
			statement.setTimestamp(3, now);
			statement.setTimestamp(4, now);
			statement.setString(5, migrationName);
			statement.executeUpdate();
		}
	}

	/**
	 * Marks a row as rolled back, as {@code migrate resolve --rolled-back} does.
	 *
	 * @param connection a connection
	 * @param id the row's id
	 * @throws SQLException when the row cannot be written
	 */
	public void markRolledBack(Connection connection, String id) throws SQLException {
		update(connection, "rolled_back_at = ?", id, Timestamp.from(Instant.now()));
	}

	private void update(Connection connection, String assignments, String id, Object value) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("UPDATE " + this.table + " SET "
				+ assignments + " WHERE id = ?")) {
			statement.setObject(1, value);
			statement.setString(2, id);
			statement.executeUpdate();
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}
}
