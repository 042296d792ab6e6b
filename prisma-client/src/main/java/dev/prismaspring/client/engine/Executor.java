package dev.prismaspring.client.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import dev.prismaspring.client.ConnectionSource;

/**
 * Runs one operation on one connection from the source: in its own transaction when it has
 * several statements and no transaction is open around it, else as it comes.
 */
final class Executor {

	private final ConnectionSource source;

	private final ErrorTranslator errors;

	Executor(ConnectionSource source, ErrorTranslator errors) {
		this.source = source;
		this.errors = errors;
	}

	<T> T run(boolean transactional, Function<Session, T> work) {
		Connection connection;
		try {
			connection = this.source.acquire();
		}
		catch (SQLException ex) {
			throw this.errors.connectionFailure(ex);
		}
		try {
			Session session = new Session(connection, this.errors);
			if (!transactional || this.source.inTransaction() || !connection.getAutoCommit()) {
				return work.apply(session);
			}
			return inTransaction(connection, session, work);
		}
		catch (SQLException ex) {
			throw this.errors.translate(ex);
		}
		finally {
			try {
				this.source.release(connection);
			}
			catch (SQLException ex) {
				// The operation's outcome stands; a failed release is the source's to report.
			}
		}
	}

	private <T> T inTransaction(Connection connection, Session session, Function<Session, T> work) throws SQLException {
		connection.setAutoCommit(false);
		try {
			T result = work.apply(session);
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
			connection.setAutoCommit(true);
		}
	}
}
