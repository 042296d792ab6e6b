package dev.prismaspring.benchmarks.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.prismaspring.schema.url.PostgresConnection;

/**
 * The database of one trial: a copy of the driver's loaded template (system properties
 * {@value #ADMIN_PROPERTY} and {@value #TEMPLATE_PROPERTY}), or, when a benchmark runs on its
 * own, an embedded server of its own with the blog loaded. Each tool gets a pool of its own on it,
 * all alike.
 */
final class TrialDatabase implements AutoCloseable {

	static final String ADMIN_PROPERTY = "prisma.bench.query.admin";

	static final String TEMPLATE_PROPERTY = "prisma.bench.query.template";

	private final BlogServer server;

	private final String name;

	private final PostgresConnection connection;

	private final HikariDataSource pool;

	private TrialDatabase(BlogServer server, String name, PostgresConnection connection) {
		this.server = server;
		this.name = name;
		this.connection = connection;
		this.pool = pool(connection);
	}

	static TrialDatabase open() {
		String admin = System.getProperty(ADMIN_PROPERTY);
		String template = System.getProperty(TEMPLATE_PROPERTY);
		String name = "bench_query_" + Long.toString(ProcessHandle.current().pid(), 36) + "_"
				+ Long.toString(System.nanoTime() % 1_000_000, 36);
		if (admin != null && template != null) {
			BlogServer server = BlogServer.connect(admin);
			return new TrialDatabase(server, name, server.create(name, template));
		}
		BlogServer server = BlogServer.connect(null);
		return new TrialDatabase(server, name, server.createLoaded(name));
	}

	/** @return the pool of the tool under test */
	DataSource pool() {
		return this.pool;
	}

	/** Deletes the rows the write benchmarks added. */
	void removeCreated() {
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(BlogData.REMOVE_CREATED);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HikariDataSource pool(PostgresConnection connection) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(connection.jdbcUrl());
		connection.driverProperties().forEach(config::addDataSourceProperty);
		connection.user().ifPresent(config::setUsername);
		connection.password().ifPresent((password) -> config.setPassword(new String(password)));
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.setMaximumPoolSize(8); // as many as the read mix has threads at most
		config.setPoolName("bench");
		return new HikariDataSource(config);
	}

	@Override
	public void close() {
		this.pool.close();
		try {
			this.server.drop(this.name);
		}
		finally {
			this.server.close();
		}
	}

	@Override
	public String toString() {
		return this.connection.toString();
	}

}
