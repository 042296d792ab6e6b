package dev.prismaspring.benchmarks.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import dev.prismaspring.benchmarks.BenchmarkServer;
import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.migrate.jdbc.DatabaseConnections;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * The PostgreSQL server of the query benchmarks ({@link BenchmarkServer}: one given by an admin
 * URL, or an embedded PostgreSQL 17 as the tests use) with the blog's data. The driver loads the blog once into a template
 * database; every trial (JMH fork) copies it into a {@code bench_*} database of its own and drops
 * that at the end. No other database is touched.
 */
final class BlogServer implements AutoCloseable {

	private final BenchmarkServer server;

	private BlogServer(BenchmarkServer server) {
		this.server = server;
	}

	/**
	 * @param url an admin URL, or {@code null} to start an embedded server
	 * @return the server
	 */
	static BlogServer connect(String url) {
		return new BlogServer(BenchmarkServer.connect(url));
	}

	/** @return the admin URL as given, credentials included, for the forks only */
	String adminUrl() {
		return this.server.adminUrl();
	}

	/** @return what and where the server is */
	String describe() {
		return this.server.describe();
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
		return this.server.createDatabase(name, template);
	}

	void drop(String name) {
		this.server.dropDatabase(name);
	}

	/** Stops an embedded server. */
	@Override
	public void close() {
		this.server.close();
	}

}
