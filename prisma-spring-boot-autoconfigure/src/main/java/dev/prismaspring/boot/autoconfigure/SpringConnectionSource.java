package dev.prismaspring.boot.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.prismaspring.client.ConnectionSource;

/**
 * Connections for the query engine that join Spring's transactions: inside
 * {@code @Transactional} the repositories use the transaction's connection.
 */
final class SpringConnectionSource implements ConnectionSource {

	private final DataSource dataSource;

	SpringConnectionSource(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Connection acquire() {
		return DataSourceUtils.getConnection(this.dataSource);
	}

	@Override
	public void release(Connection connection) {
		DataSourceUtils.releaseConnection(connection, this.dataSource);
	}

	/**
	 * Whether a Spring transaction holds a connection of this very DataSource with auto-commit
	 * off. A transaction on another DataSource (when Prisma's database is its own, from
	 * {@code prisma.datasource.url} or the schema's url) does not count: the engine then runs its
	 * operations of several statements in transactions of its own, rather than joining one that
	 * does not cover its connections.
	 */
	@Override
	public boolean inTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return false;
		}
		if (!(TransactionSynchronizationManager.getResource(this.dataSource) instanceof ConnectionHolder holder)
				|| holder.getConnectionHandle() == null) {
			return false;
		}
		try {
			return !holder.getConnection().getAutoCommit();
		}
		catch (SQLException ex) {
			return false;
		}
	}
}
