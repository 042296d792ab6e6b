package dev.prismaspring.client;

import java.sql.Connection;
import java.sql.SQLException;

import dev.prismaspring.client.errors.PrismaClientException;

/** The one connection of a transaction that {@link PrismaClient#transaction} opened, until it ends. */
final class TransactionConnection implements ConnectionSource {

	private final Connection connection;

	private volatile boolean closed;

	TransactionConnection(Connection connection) {
		this.connection = connection;
	}

	@Override
	public Connection acquire() throws SQLException {
		if (this.closed) {
			throw new PrismaClientException("P2028", "The transaction has already ended: use the client it handed"
					+ " out only inside the transaction's function.", null);
		}
		return this.connection;
	}

	@Override
	public void release(Connection connection) {
		// The transaction keeps its connection until it commits or rolls back.
	}

	@Override
	public boolean inTransaction() {
		return true;
	}

	void close() {
		this.closed = true;
	}
}
