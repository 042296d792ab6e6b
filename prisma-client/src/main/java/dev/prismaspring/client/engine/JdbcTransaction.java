package dev.prismaspring.client.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * One transaction on a JDBC connection: auto-commit turned off for it (and back on after),
 * committed when the work returns, rolled back when it throws, at an isolation level when one is
 * asked for (the previous one restored after). The client's {@code transaction(...)} and each
 * operation of several statements run through it. Internal to the client.
 */
public final class JdbcTransaction {

	private JdbcTransaction() {
	}

	/**
	 * @param <T> the result's type
	 * @param connection the connection, not inside another transaction
	 * @param isolation a {@link Connection} isolation level, or {@code null} to keep the connection's
	 * @param work what to do on the connection
	 * @return the work's result
	 * @throws SQLException when the connection cannot be set up, committed or restored
	 */
	public static <T> T run(Connection connection, Integer isolation, Supplier<T> work) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		int previousIsolation = (isolation != null) ? connection.getTransactionIsolation() : 0;
		if (isolation != null) {
			connection.setTransactionIsolation(isolation);
		}
		if (autoCommit) {
			connection.setAutoCommit(false);
		}
		try {
			T result = work.get();
			connection.commit();
			return result;
		}
		catch (RuntimeException | Error ex) {
			try {
				connection.rollback();
			}
			catch (SQLException rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
			}
			throw ex;
		}
		finally {
			if (autoCommit) {
				connection.setAutoCommit(true);
			}
			if (isolation != null) {
				connection.setTransactionIsolation(previousIsolation);
			}
		}
	}

}
