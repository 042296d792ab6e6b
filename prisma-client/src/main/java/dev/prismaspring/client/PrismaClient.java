package dev.prismaspring.client;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.prismaspring.client.engine.Engine;
import dev.prismaspring.client.engine.JdbcTransaction;
import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.schema.model.Datamodel;

/**
 * Prisma Client for a schema on PostgreSQL: {@link #model(String)} gives a model's operations,
 * {@link #transaction} runs several of them in one transaction, {@link #queryRaw} and
 * {@link #executeRaw} run SQL with bound parameters.
 *
 * <p>Created on a {@code DataSource}, every operation takes a connection and returns it when
 * done; an operation of several statements (nested writes, upserts, reads with included
 * relations) runs in its own transaction. Created on a {@link ConnectionSource} that reports a
 * surrounding transaction (such as Spring's), operations run in that transaction.
 *
 * <p>Values read are Java values by field type: Int as Integer, BigInt as Long, Float as Double,
 * Decimal as BigDecimal, Boolean, String, DateTime as {@link java.time.Instant} (columns of type
 * {@code timestamp} hold UTC; {@code @db.Date} reads as UTC midnight and keeps only the UTC date
 * of a value written; {@code @db.Time} reads as that time on 1970-01-01 UTC), Json as
 * {@link Json}, Bytes as {@code byte[]}, enum values as their schema names, lists as
 * {@link java.util.List}. A client is thread-safe.
 */
public final class PrismaClient {

	private final Engine engine;

	private final ConnectionSource source;

	private final QueryObserver observer;

	private final Map<String, ModelClient> observedModels = new ConcurrentHashMap<>();

	private PrismaClient(Engine engine, ConnectionSource source, QueryObserver observer) {
		this.engine = engine;
		this.source = source;
		this.observer = observer;
	}

	/**
	 * @param datamodel the resolved schema
	 * @param dataSource where connections come from: one per operation, or per transaction
	 * @return the client, reading relations with the query strategy
	 */
	public static PrismaClient create(Datamodel datamodel, DataSource dataSource) {
		Objects.requireNonNull(dataSource, "dataSource");
		return create(datamodel, new DataSourceConnections(dataSource));
	}

	/**
	 * @param datamodel the resolved schema
	 * @param source where connections come from, aware of surrounding transactions
	 * @return the client, reading relations with the query strategy
	 */
	public static PrismaClient create(Datamodel datamodel, ConnectionSource source) {
		Objects.requireNonNull(datamodel, "datamodel");
		Objects.requireNonNull(source, "source");
		return new PrismaClient(Engine.create(datamodel, source, RelationLoadStrategy.QUERY), source, null);
	}

	/**
	 * @param strategy how included relations are read
	 * @return a client on the same schema and connections that reads relations that way
	 */
	public PrismaClient withRelationLoadStrategy(RelationLoadStrategy strategy) {
		Objects.requireNonNull(strategy, "strategy");
		return new PrismaClient(this.engine.with(this.source, strategy), this.source, this.observer);
	}

	/**
	 * @param observer what sees every operation (e.g. to time it as a Micrometer observation)
	 * @return a client on the same schema, connections and strategy whose operations, raw queries
	 * and transactions' operations all pass through the observer
	 */
	public PrismaClient observedBy(QueryObserver observer) {
		Objects.requireNonNull(observer, "observer");
		return new PrismaClient(this.engine, this.source, observer);
	}

	/** @return how this client reads included relations */
	public RelationLoadStrategy relationLoadStrategy() {
		return this.engine.strategy();
	}

	/**
	 * @param name a model's name as written in the schema
	 * @return its operations (the same object on every call)
	 * @throws PrismaClientException ({@code P2009}) when the schema has no such model
	 */
	public ModelClient model(String name) {
		ModelClient client = this.engine.model(name);
		return (this.observer != null)
				? this.observedModels.computeIfAbsent(name, (key) -> ObservedModelClient.of(client, this.observer)) : client;
	}

	/**
	 * Runs the work in one transaction, committed when it returns and rolled back when it throws.
	 * Inside a surrounding transaction (a transaction-aware {@link ConnectionSource}, or a call
	 * from inside another {@code transaction}) the work joins it instead.
	 * @param <T> the result's type
	 * @param work what to do, with a client bound to the transaction
	 * @return the work's result
	 */
	public <T> T transaction(Function<PrismaClient, T> work) {
		return run(null, work);
	}

	/**
	 * As {@link #transaction(Function)}, at an isolation level. A transaction that is joined keeps its own level.
	 * @param <T> the result's type
	 * @param isolation the isolation level
	 * @param work what to do, with a client bound to the transaction
	 * @return the work's result
	 */
	public <T> T transaction(IsolationLevel isolation, Function<PrismaClient, T> work) {
		Objects.requireNonNull(isolation, "isolation");
		return run(isolation, work);
	}

	private <T> T run(IsolationLevel isolation, Function<PrismaClient, T> work) {
		Objects.requireNonNull(work, "work");
		if (this.source.inTransaction()) {
			return work.apply(this);
		}
		Connection connection = acquire();
		TransactionConnection transaction = new TransactionConnection(connection);
		try {
			return JdbcTransaction.run(connection, (isolation != null) ? isolation.jdbcLevel() : null, () -> {
				try {
					return work.apply(new PrismaClient(this.engine.with(transaction, this.engine.strategy()), transaction,
							this.observer));
				}
				finally {
					transaction.close();
				}
			});
		}
		catch (SQLException ex) {
			throw this.engine.translate(ex);
		}
		finally {
			try {
				this.source.release(connection);
			}
			catch (SQLException ex) {
				// The transaction's outcome stands; a failed release is the source's to report.
			}
		}
	}

	private Connection acquire() {
		try {
			return this.source.acquire();
		}
		catch (SQLException ex) {
			throw new PrismaClientException("P1001", "Can't get a connection to the database: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Runs a query; every value is a bound parameter ({@code ?}), never part of the SQL text.
	 * An {@code Instant} binds as {@code timestamptz}, a {@link Json} as {@code jsonb}, a list as an array.
	 * @param sql the query
	 * @param params the values for its placeholders
	 * @return the rows, values by column label with the types above
	 */
	@SuppressWarnings("unchecked")
	public List<Row> queryRaw(String sql, Object... params) {
		if (this.observer == null) {
			return this.engine.queryRaw(sql, params);
		}
		return (List<Row>) this.observer.observe(null, "queryRaw", () -> this.engine.queryRaw(sql, params));
	}

	/**
	 * Runs a statement; every value is a bound parameter ({@code ?}).
	 * @param sql the statement
	 * @param params the values for its placeholders
	 * @return the number of rows it affected
	 */
	public long executeRaw(String sql, Object... params) {
		if (this.observer == null) {
			return this.engine.executeRaw(sql, params);
		}
		return (Long) this.observer.observe(null, "executeRaw", () -> this.engine.executeRaw(sql, params));
	}
}
