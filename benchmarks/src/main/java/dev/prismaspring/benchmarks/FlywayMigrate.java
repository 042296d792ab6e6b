package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Flyway's {@code migrate} with its defaults: each migration in its own transaction, applied
 * migrations validated (checksums) before migrating, history in {@code flyway_schema_history}.
 * Its log (java.util.logging here, a line per migration) is kept to warnings, so that neither
 * tool writes a line per migration: our deploy without a listener logs nothing.
 */
final class FlywayMigrate implements Migrator {

	// Held so that the level stays set: java.util.logging keeps loggers only weakly.
	private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

	static {
		quietLogging();
	}

	/** Keeps Flyway's log to warnings. */
	static void quietLogging() {
		FLYWAY_LOG.setLevel(Level.WARNING);
	}

	private final String version = flywayVersion();

	@Override
	public String name() {
		return "Flyway " + this.version;
	}

	@Override
	public void migrate(PostgresConnection database, Path folder, int expectedApplied) {
		String password = database.password().map(String::new).orElse(null);
		MigrateResult result = Flyway.configure()
			.dataSource(database.jdbcUrl(), database.user().orElse(null), password)
			.locations("filesystem:" + folder)
			.load()
			.migrate();
		Migrator.check(name(), result.migrationsExecuted, expectedApplied);
	}

	private static String flywayVersion() {
		try (InputStream in = Flyway.class.getResourceAsStream("/org/flywaydb/core/internal/version.txt")) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8).strip() : "?";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
