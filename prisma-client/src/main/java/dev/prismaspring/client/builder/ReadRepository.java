package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.prismaspring.client.ModelClient;
import dev.prismaspring.client.Row;
import dev.prismaspring.client.query.FindArgs;

/**
 * The reads of Prisma Client on one model or view, typed: the base of generated repositories.
 * Every operation runs in the surrounding transaction when there is one.
 *
 * @param <M> the model's record
 * @param <W> the model's filter
 * @param <Q> the model's query
 * @param <A> the model's aggregate arguments
 * @param <G> the model's groupBy arguments
 */
public abstract class ReadRepository<M, W extends WhereBuilder<W>, Q extends QueryBuilder<Q, W, ?, ?, ?, ?, ?>, A extends AggregateBuilder<A, W, ?, ?>, G extends GroupByBuilder<G, W, ?, ?>> {

	private final ModelClient client;

	private final Function<Row, M> record;

	private final Supplier<W> filters;

	private final Supplier<Q> queries;

	private final Supplier<A> aggregates;

	private final Supplier<G> groups;

	/**
	 * @param client the engine's operations on the model
	 * @param record maps a row to the model's record
	 * @param where makes the model's filter
	 * @param query makes the model's query
	 * @param aggregate makes the model's aggregate arguments
	 * @param groupBy makes the model's groupBy arguments
	 */
	protected ReadRepository(ModelClient client, Function<Row, M> record, Supplier<W> where, Supplier<Q> query,
			Supplier<A> aggregate, Supplier<G> groupBy) {
		this.client = Objects.requireNonNull(client, "client");
		this.record = Objects.requireNonNull(record, "record");
		this.filters = Objects.requireNonNull(where, "where");
		this.queries = Objects.requireNonNull(query, "query");
		this.aggregates = Objects.requireNonNull(aggregate, "aggregate");
		this.groups = Objects.requireNonNull(groupBy, "groupBy");
	}

	/** @return the first record, in no particular order, if there is one */
	public Optional<M> findFirst() {
		return this.client.findFirst(FindArgs.ALL).map(this.record);
	}

	/**
	 * @param query filter, order, pagination and shape
	 * @return the first matching record, if any
	 */
	public Optional<M> findFirst(Consumer<? super Q> query) {
		return this.client.findFirst(args(query)).map(this.record);
	}

	/**
	 * @return the first record, in no particular order
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none ({@code P2025})
	 */
	public M findFirstOrThrow() {
		return this.record.apply(this.client.findFirstOrThrow(FindArgs.ALL));
	}

	/**
	 * @param query filter, order, pagination and shape
	 * @return the first matching record
	 * @throws dev.prismaspring.client.errors.RecordNotFoundException when there is none ({@code P2025})
	 */
	public M findFirstOrThrow(Consumer<? super Q> query) {
		return this.record.apply(this.client.findFirstOrThrow(args(query)));
	}

	/** @return every record, with all scalar fields */
	public List<M> findMany() {
		return records(this.client.findMany(FindArgs.ALL));
	}

	/**
	 * @param query filter, order, pagination, distinct and shape
	 * @return the matching records
	 */
	public List<M> findMany(Consumer<? super Q> query) {
		return records(this.client.findMany(args(query)));
	}

	/** @return the number of records */
	public long count() {
		return this.client.count(FindArgs.ALL);
	}

	/**
	 * @param query filter and pagination (order and shape do not matter)
	 * @return the number of matching records
	 */
	public long count(Consumer<? super Q> query) {
		return this.client.count(args(query));
	}

	/**
	 * @param aggregate filter, pagination and the aggregates to compute
	 * @return the aggregates
	 */
	public AggregateResult<M> aggregate(Consumer<? super A> aggregate) {
		A args = this.aggregates.get();
		aggregate.accept(args);
		return new AggregateResult<>(this.client.aggregate(args.build()), this.record);
	}

	/**
	 * @param groupBy the fields to group by, filters, order and the aggregates per group
	 * @return one result per group
	 */
	public List<AggregateResult<M>> groupBy(Consumer<? super G> groupBy) {
		G args = this.groups.get();
		groupBy.accept(args);
		List<Row> rows = this.client.groupBy(args.build());
		List<AggregateResult<M>> groups = new ArrayList<>(rows.size());
		for (Row row : rows) {
			groups.add(new AggregateResult<>(row, this.record));
		}
		return groups;
	}

	/** @return the engine's untyped operations on this model */
	public ModelClient modelClient() {
		return this.client;
	}

	final FindArgs args(Consumer<? super Q> query) {
		Q args = this.queries.get();
		query.accept(args);
		return args.build();
	}

	final Function<Row, M> record() {
		return this.record;
	}

	final Supplier<W> filters() {
		return this.filters;
	}

	final List<M> records(List<Row> rows) {
		List<M> records = new ArrayList<>(rows.size());
		for (Row row : rows) {
			records.add(this.record.apply(row));
		}
		return records;
	}
}
