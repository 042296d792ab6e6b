package dev.prismaspring.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Not a tool but the floor under both: the migrations' scripts sent over one connection, each in
 * its own transaction and in one round trip ({@code BEGIN}, the script, {@code COMMIT}), every
 * commit but the last without waiting for the disk. No lock, no history table, no checksums. What
 * is left is PostgreSQL running the migrations' own SQL, which no migration tool can avoid; a
 * tool's time above it is the tool's own cost.
 */
final class ServerAlone implements Migrator {

	/** What it does, for the report. */
	static final String DESCRIPTION = "each script sent over one connection in its own transaction and one round trip,"
			+ " every commit but the last without waiting for the disk; no lock, history or checksums";

	@Override
	public String name() {
		return "the server alone";
	}

	@Override
	public void migrate(PostgresConnection database, Path folder, int expectedApplied) {
		List<MigrationsFolder.Migration> migrations = MigrationsFolder.at(folder).migrations();
		Migrator.check(name(), migrations.size(), expectedApplied);
		try (Connection connection = DatabaseConnections.open(database); Statement statement = connection.createStatement()) {
			for (int index = 0; index < migrations.size(); index++) {
				boolean last = index == migrations.size() - 1;
				statement.execute("BEGIN;\n" + (last ? "" : "SET LOCAL synchronous_commit TO OFF;\n")
						+ migrations.get(index).script() + "\n;\nCOMMIT");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The server alone could not apply " + folder + ": " + ex.getMessage(), ex);
		}
	}

}
