package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.OrderBy;

/**
 * The base of a generated query ({@code UserQuery}): the arguments of {@code findMany},
 * {@code findFirst}, {@code count} and of an included list relation.
 *
 * <pre class="code">
 * q -&gt; q.where(w -&gt; w.published().equals(true))
 * 	.orderBy(o -&gt; o.createdAt().desc())
 * 	.skip(20)
 * 	.take(10)
 * 	.include(i -&gt; i.author())
 * </pre>
 *
 * @param <Q> the generated query
 * @param <W> the model's filter
 * @param <O> the model's order
 * @param <K> the model's unique selector (for {@link #cursor}); {@link Void} for a view without one
 * @param <L> the model's select
 * @param <I> the model's include
 * @param <F> the model's field list
 */
public abstract class QueryBuilder<Q extends QueryBuilder<Q, W, O, K, L, I, F>, W extends WhereBuilder<W>, O extends OrderByBuilder<O>, K, L extends SelectBuilder<L>, I extends SelectBuilder<I>, F extends FieldSelection<F>>
		extends ShapeBuilder<Q, L, I, F> {

	private final Supplier<W> filters;

	private final Supplier<O> orders;

	private final K keys;

	private final Supplier<F> fields;

	private final List<Filter> where = new ArrayList<>();

	private final List<OrderBy> orderBy = new ArrayList<>();

	private Map<String, Object> cursor;

	private Integer skip;

	private Integer take;

	private final List<String> distinct = new ArrayList<>();

	/**
	 * @param where makes the model's filter
	 * @param orderBy makes the model's order
	 * @param keys the model's unique selector, or {@code null} for a view without one
	 * @param select makes the model's select
	 * @param include makes the model's include
	 * @param fields makes the model's field list
	 */
	protected QueryBuilder(Supplier<W> where, Supplier<O> orderBy, K keys, Supplier<L> select, Supplier<I> include,
			Supplier<F> fields) {
		super(select, include, fields);
		this.filters = Objects.requireNonNull(where, "where");
		this.orders = Objects.requireNonNull(orderBy, "orderBy");
		this.keys = keys;
		this.fields = fields;
	}

	/**
	 * @param filter which records; called again, both filters must hold
	 * @return this query
	 */
	public final Q where(Consumer<? super W> filter) {
		this.where.add(WhereBuilder.build(this.filters, filter));
		return self();
	}

	/**
	 * @param order the sort keys; called again, its keys come after those given before
	 * @return this query
	 */
	public final Q orderBy(Consumer<? super O> order) {
		O entries = this.orders.get();
		order.accept(entries);
		this.orderBy.addAll(entries.build());
		return self();
	}

	/**
	 * @param position the record to start from, by a unique criterion: {@code c -> c.id(42)}
	 * @return this query
	 */
	public final Q cursor(Function<? super K, UniqueWhere> position) {
		if (this.keys == null) {
			throw QueryValidationException.invalid("This model has no unique criterion to use as a cursor.");
		}
		this.cursor = UniqueSelector.select(this.keys, position, "cursor");
		return self();
	}

	/**
	 * @param records how many records to skip
	 * @return this query
	 */
	public final Q skip(int records) {
		this.skip = records;
		return self();
	}

	/**
	 * @param records how many records to return; negative takes backwards from the cursor
	 * @return this query
	 */
	public final Q take(int records) {
		this.take = records;
		return self();
	}

	/**
	 * @param fields scalar fields whose value combinations are returned once
	 * @return this query
	 */
	public final Q distinct(Consumer<? super F> fields) {
		this.distinct.addAll(FieldSelection.build(this.fields, fields));
		return self();
	}

	/** @return the engine's arguments */
	public final FindArgs build() {
		Filter filter = (this.where.size() == 1) ? this.where.get(0)
				: this.where.isEmpty() ? Filter.ALL : new Filter.And(this.where);
		return new FindArgs(filter, this.orderBy, this.cursor, this.skip, this.take, this.distinct, buildShape());
	}
}
