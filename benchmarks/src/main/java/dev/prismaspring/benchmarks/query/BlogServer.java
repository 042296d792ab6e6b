package dev.prismaspring.benchmarks.query;

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

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * The PostgreSQL server of the query benchmarks: one given by an admin URL, or an embedded
 * PostgreSQL 17 (zonky) as the tests use. The driver loads the blog once into a template
 * database; every trial (JMH fork) copies it into a {@code bench_*} database of its own and drops
 * that at the end. No other database is touched.
 */
final class BlogServer implements AutoCloseable {

	private final String url;

	private final PostgresConnection admin;

	private final EmbeddedPostgres embedded;

	private BlogServer(String url, PostgresConnection admin, EmbeddedPostgres embedded) {
		this.url = url;
		this.admin = admin;
		this.embedded = embedded;
	}

	/**
	 * @param url an admin URL, or {@code null} to start an embedded server
	 * @return the server
	 */
	static BlogServer connect(String url) {
		if (url != null) {
			return new BlogServer(url, PostgresConnection.parse(url, "the benchmark's server URL"), null);
		}
		try {
			Path log = Files.createTempFile("prisma-query-bench-postgres-", ".log");
			log.toFile().deleteOnExit();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(90))
				.setLocaleConfig("locale", "C")
				.setOutputRedirector(Redirect.appendTo(log.toFile()))
				.setErrorRedirector(Redirect.appendTo(log.toFile()))
				.setRegisterShutdownHook(true)
				.start();
			String embeddedUrl = "postgresql://postgres@localhost:" + postgres.getPort() + "/postgres";
			return new BlogServer(embeddedUrl, PostgresConnection.parse(embeddedUrl, "embedded PostgreSQL"), postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL; pass a server URL instead", ex);
		}
	}

	/** @return the admin URL as given, credentials included, for the forks only */
	String adminUrl() {
		return this.url;
	}

	/** @return e.g. {@code PostgreSQL 17.6, fsync on, synchronous_commit on, shared_buffers 128MB} */
	String describe() {
		return query("SELECT 'PostgreSQL ' || current_setting('server_version') || ', fsync '"
				+ " || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')"
				+ " || ', shared_buffers ' || current_setting('shared_buffers')")
				+ ((this.embedded != null) ? ", embedded (zonky)" : ", at " + this.admin.host() + ":" + this.admin.port());
	}

	/**
	 * Creates a database with the blog's tables and data.
	 * @param name the database's name
	 * @return the connection to it
	 */
	PostgresConnection createLoaded(String name) {
		PostgresConnection database = create(name, "template0");
		try (Connection connection = DatabaseConnections.open(database);
				Statement statement = connection.createStatement()) {
			statement.execute(MigrationScripts.fromEmpty(BlogSchema.datamodel()));
			statement.execute(BlogData.LOAD);
			statement.execute("VACUUM ANALYZE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the blog into " + name + ": " + ex.getMessage(), ex);
		}
		return database;
	}

	/**
	 * @param name the new database's name
	 * @param template the database to copy, with no one connected to it
	 * @return the connection to the copy
	 */
	PostgresConnection create(String name, String template) {
		execute("CREATE DATABASE \"" + name + "\" TEMPLATE \"" + template + "\" ENCODING 'UTF8'");
		return this.admin.withDatabase(name);
	}

	void drop(String name) {
		execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
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

	/** Stops an embedded server. */
	@Override
	public void close() {
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
