package dev.prismaspring.client;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Connections from a plain {@code DataSource}: one per operation, closed after it. */
final class DataSourceConnections implements ConnectionSource {

	private final DataSource dataSource;

	DataSourceConnections(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Connection acquire() throws SQLException {
		return this.dataSource.getConnection();
	}

	@Override
	public void release(Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public boolean inTransaction() {
		return false;
	}
}
