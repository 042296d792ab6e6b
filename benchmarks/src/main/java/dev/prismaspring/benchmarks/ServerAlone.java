package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

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
		List<Path> scripts = scripts(folder);
		Migrator.check(name(), scripts.size(), expectedApplied);
		Properties properties = new Properties();
		database.user().ifPresent((user) -> properties.setProperty("user", user));
		database.password().ifPresent((password) -> properties.setProperty("password", new String(password)));
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), properties);
				Statement statement = connection.createStatement()) {
			for (int index = 0; index < scripts.size(); index++) {
				boolean last = index == scripts.size() - 1;
				statement.execute("BEGIN;\n" + (last ? "" : "SET LOCAL synchronous_commit TO OFF;\n")
						+ Files.readString(scripts.get(index), StandardCharsets.UTF_8) + "\n;\nCOMMIT");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The server alone could not apply " + folder + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the {@code migration.sql} files of a folder in Prisma's layout, in name order */
	private static List<Path> scripts(Path folder) {
		try (Stream<Path> directories = Files.list(folder)) {
			return directories.filter(Files::isDirectory).sorted().map((directory) -> directory.resolve("migration.sql")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
