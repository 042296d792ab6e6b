package dev.prismaspring.boot.autoconfigure;

import java.sql.Connection;

import javax.sql.DataSource;

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

	@Override
	public boolean inTransaction() {
		return TransactionSynchronizationManager.isActualTransactionActive();
	}
}
