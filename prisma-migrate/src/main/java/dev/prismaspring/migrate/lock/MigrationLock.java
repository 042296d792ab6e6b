package dev.prismaspring.migrate.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

import dev.prismaspring.migrate.jdbc.MigrationDatabase;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * The session-level advisory lock Prisma's schema engine takes before it migrates
 * ({@code pg_advisory_lock(72707369)}), held on a connection of its own. Taking it is a
 * try-lock polled until the wait is over, so a second migrator waits for the first and gives
 * up with a clear error instead of hanging. The server releases the lock when the connection
 * ends, so a killed process never leaves it held.
 */
public final class MigrationLock implements AutoCloseable {

	/** The key Prisma's schema engine locks on PostgreSQL. */
	public static final long KEY = 72707369L;

	/** Prisma's own wait for the lock. */
	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

	private static final long POLL_MILLIS = 100;

	private final Connection connection;

	private MigrationLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * @param database the database to lock
	 * @param wait how long to wait for another migrator to finish
	 * @param waiting told once, with a sentence for the log, when the lock is held by another session
	 * @return the held lock; close it to release
	 * @throws PrismaException {@code P1002} when the wait is over
	 */
	public static MigrationLock acquire(PostgresConnection database, Duration wait, Consumer<String> waiting) {
		return acquire(MigrationDatabase.of(database), wait, waiting);
	}

	/**
	 * @param database the database to lock
	 * @param wait how long to wait for another migrator to finish
	 * @param waiting told once, with a sentence for the log, when the lock is held by another session
	 * @return the held lock; close it to release
	 * @throws PrismaException {@code P1002} when the wait is over
	 */
	public static MigrationLock acquire(MigrationDatabase database, Duration wait, Consumer<String> waiting) {
		Connection connection = database.open();
		try {
			long deadline = System.nanoTime() + wait.toNanos();
			boolean told = false;
			while (!tryLock(connection)) {
				if (System.nanoTime() - deadline >= 0) {
					throw new PrismaException("P1002", "Timed out after " + wait.toMillis() + " ms waiting for the"
							+ " migration lock on database `" + database.name() + "` (advisory lock " + KEY + ")."
							+ " Another migration (this project's or Prisma's CLI) is running: wait for it to end, or"
							+ " raise the lock wait. " + holder(connection));
				}
				if (!told) {
					waiting.accept("Waiting for the migration lock on database `" + database.name()
							+ "`: another migration is running. " + holder(connection));
					told = true;
				}
				Thread.sleep(POLL_MILLIS);
			}
			return new MigrationLock(connection);
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new PrismaException("P1002", "Could not take the migration lock on database `" + database.name()
					+ "`: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			closeQuietly(connection);
			throw new PrismaException("P1002", "Interrupted while waiting for the migration lock on database `"
					+ database.name() + "`.", ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(connection);
			throw ex;
		}
	}

	private static boolean tryLock(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	private static String holder(Connection connection) {
		try (PreparedStatement statement = connection.prepareStatement("SELECT a.pid, a.application_name,"
				+ " a.client_addr::text FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
				+ " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = ? LIMIT 1")) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				if (result.next()) {
					String application = result.getString(2);
					return "The lock is held by server process " + result.getInt(1)
							+ ((application != null && !application.isEmpty()) ? " (" + application + ")" : "") + ".";
				}
			}
		}
		catch (SQLException ex) {
			// Only a hint for the message: the catalog may not be readable by this user.
		}
		return "";
	}

	/** Releases the lock and closes its connection. */
	@Override
	public void close() {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
			statement.setLong(1, KEY);
			statement.execute();
		}
		catch (SQLException ex) {
			// Closing the connection below releases the lock as well.
		}
		closeQuietly(this.connection);
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// Nothing more to do: the server ends the session and its locks.
		}
	}
}
