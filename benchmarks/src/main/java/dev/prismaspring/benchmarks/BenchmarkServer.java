package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * The PostgreSQL server the migration benchmark runs on: one given by URL, or else an embedded
 * PostgreSQL 17 (zonky) started as the tests start theirs. Every measurement gets a database of
 * its own, named {@code bench_...}, created from {@code template0} and dropped afterwards; no
 * other database is touched.
 */
public final class BenchmarkServer implements AutoCloseable {

	private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

	private final String url;

	private final PostgresConnection admin;

	private final EmbeddedPostgres embedded;

	private final String prefix = "bench_" + Long.toString(ProcessHandle.current().pid(), 36) + "_";

	private final List<String> created = new ArrayList<>();

	private int sequence;

	private BenchmarkServer(String url, PostgresConnection admin, EmbeddedPostgres embedded) {
		this.url = url;
		this.admin = admin;
		this.embedded = embedded;
	}

	/**
	 * @param url a server's admin URL, e.g. {@code postgresql://postgres@127.0.0.1:5432/postgres};
	 * {@code null} to start an embedded server
	 * @return the server
	 */
	public static BenchmarkServer connect(String url) {
		if (url != null) {
			return new BenchmarkServer(url, PostgresConnection.parse(url, "the benchmark's server URL"), null);
		}
		try {
			Path log = Files.createTempFile("prisma-bench-postgres-", ".log");
			log.toFile().deleteOnExit();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPGStartupWait(STARTUP_WAIT)
				.setLocaleConfig("locale", "C")
				.setOutputRedirector(Redirect.appendTo(log.toFile()))
				.setErrorRedirector(Redirect.appendTo(log.toFile()))
				.setRegisterShutdownHook(true)
				.start();
			String embeddedUrl = "postgresql://postgres@localhost:" + postgres.getPort() + "/postgres";
			return new BenchmarkServer(embeddedUrl, PostgresConnection.parse(embeddedUrl, "embedded PostgreSQL"), postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL (as root it needs user"
					+ " namespaces); pass a server URL instead", ex);
		}
	}

	/** @return where the server is and what it is, e.g. {@code PostgreSQL 15.20, fsync on, ...} */
	public String describe() {
		String settings = query("SELECT 'PostgreSQL ' || current_setting('server_version') || ' ("
				+ "' || current_setting('server_version_num') || '), fsync ' || current_setting('fsync')"
				+ " || ', synchronous_commit ' || current_setting('synchronous_commit')"
				+ " || ', shared_buffers ' || current_setting('shared_buffers')");
		return settings + ((this.embedded != null) ? ", embedded (zonky)" : ", at " + this.admin.host() + ":"
				+ this.admin.port());
	}

	/**
	 * @return a new empty database on the server
	 */
	PostgresConnection createDatabase() {
		String name = this.prefix + (++this.sequence) + "_" + ThreadLocalRandom.current().nextInt(1000);
		execute("CREATE DATABASE \"" + name + "\" TEMPLATE template0 ENCODING 'UTF8'");
		this.created.add(name);
		return this.admin.withDatabase(name);
	}

	/**
	 * Writes the server's dirty pages out now ({@code CHECKPOINT}), so that a measurement that
	 * follows does not pay for the writes of the one before it (dropping a database of a thousand
	 * tables, say). Skipped where the admin user may not run it.
	 */
	void settle() {
		try (Connection connection = DatabaseConnections.open(this.admin);
				Statement statement = connection.createStatement()) {
			statement.execute("CHECKPOINT");
		}
		catch (SQLException ex) {
			// Without the right (superuser or pg_checkpoint) the figures are only noisier.
		}
	}

	/** @return the admin URL as given, credentials included: for benchmark processes only, never for output */
	public String adminUrl() {
		return this.url;
	}

	/**
	 * A database of a given name, which the caller drops ({@link #dropDatabase(String)}), possibly
	 * from another process.
	 * @param name the new database's name
	 * @param template the database to copy, with no one connected to it
	 * @return the connection to it
	 */
	public PostgresConnection createDatabase(String name, String template) {
		execute("CREATE DATABASE \"" + name + "\" TEMPLATE \"" + template + "\" ENCODING 'UTF8'");
		return this.admin.withDatabase(name);
	}

	/**
	 * @param name a database {@link #createDatabase(String, String)} made
	 */
	public void dropDatabase(String name) {
		execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
	}

	/**
	 * @param database a database {@link #createDatabase()} made
	 */
	void dropDatabase(PostgresConnection database) {
		execute("DROP DATABASE IF EXISTS \"" + database.database() + "\" WITH (FORCE)");
		this.created.remove(database.database());
	}

	private void execute(String sql) {
		try (Connection connection = DatabaseConnections.open(this.admin);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("'" + sql + "' failed on " + this.admin + ": " + ex.getMessage(), ex);
		}
	}

	private String query(String sql) {
		try (Connection connection = DatabaseConnections.open(this.admin);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("'" + sql + "' failed on " + this.admin + ": " + ex.getMessage(), ex);
		}
	}

	/** Drops the databases {@link #createDatabase()} made that are still left (after a failure) and stops an embedded server. */
	@Override
	public void close() {
		for (String name : List.copyOf(this.created)) {
			dropDatabase(this.admin.withDatabase(name));
		}
		if (this.embedded != null) {
			try {
				this.embedded.close();
			}
			catch (IOException ex) {
				// Its shutdown hook tries again when the JVM exits.
			}
		}
	}

}
