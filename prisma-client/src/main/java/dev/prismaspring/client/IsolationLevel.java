package dev.prismaspring.client;

import java.sql.Connection;

/** The isolation level of a transaction, as Prisma Client's {@code Prisma.TransactionIsolationLevel}. */
public enum IsolationLevel {

	/** PostgreSQL runs it as read committed. */
	READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),

	/** PostgreSQL's default. */
	READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),

	/** One snapshot for the whole transaction. */
	REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),

	/** As if the transactions ran one after the other; conflicting ones fail with {@code P2034}. */
	SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

	private final int jdbcLevel;

	IsolationLevel(int jdbcLevel) {
		this.jdbcLevel = jdbcLevel;
	}

	/** @return the {@code java.sql.Connection.TRANSACTION_*} constant */
	public int jdbcLevel() {
		return this.jdbcLevel;
	}
}
