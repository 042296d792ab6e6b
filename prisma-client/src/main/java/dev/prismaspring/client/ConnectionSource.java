package dev.prismaspring.client;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the engine gets its connections. An integration that knows about surrounding
 * transactions (Spring's, for instance) hands out the transaction's connection and keeps it open
 * on release; {@link PrismaClient#create} wraps a plain {@code DataSource}.
 */
public interface ConnectionSource {

	/**
	 * @return a connection for one operation
	 * @throws SQLException when none can be had
	 */
	Connection acquire() throws SQLException;

	/**
	 * @param connection a connection from {@link #acquire()}, done with
	 * @throws SQLException when it cannot be released
	 */
	void release(Connection connection) throws SQLException;

	/**
	 * @return whether a transaction is already open around the caller, so that operations of
	 * several statements (nested writes) must not open their own
	 */
	boolean inTransaction();
}
