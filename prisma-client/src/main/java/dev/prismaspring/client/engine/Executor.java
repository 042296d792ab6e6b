package dev.prismaspring.client.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import dev.prismaspring.client.ConnectionSource;

/**
 * Runs one operation on one connection from the source: as it comes inside a surrounding
 * transaction; otherwise in a transaction of its own when it has several statements (or the
 * connection comes without auto-commit, so that nothing is left uncommitted).
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
			if (this.source.inTransaction()) {
				return work.apply(session);
			}
			boolean autoCommit = connection.getAutoCommit();
			if (autoCommit && !transactional) {
				return work.apply(session);
			}
			// Several statements, or a connection handed out without auto-commit: the operation
			// is a transaction of its own, committed here.
			return JdbcTransaction.run(connection, null, () -> work.apply(session));
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
}
