package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.AggregateArgs;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.OrderBy;

/**
 * The base of a generated {@code aggregate} argument ({@code UserAggregate}):
 * {@code a -> a.where(w -> w.published().equals(true))._count()._avg(f -> f.views())}.
 *
 * @param <A> the generated arguments
 * @param <W> the model's filter
 * @param <O> the model's order
 * @param <F> the model's field list
 */
public abstract class AggregateBuilder<A extends AggregateBuilder<A, W, O, F>, W extends WhereBuilder<W>, O extends OrderByBuilder<O>, F extends FieldSelection<F>> {

	private final Supplier<W> filters;

	private final Supplier<O> orders;

	private final Supplier<F> fields;

	private final List<Filter> where = new ArrayList<>();

	private final List<OrderBy> orderBy = new ArrayList<>();

	private Integer skip;

	private Integer take;

	private final Set<String> count = new LinkedHashSet<>();

	private final Set<String> sum = new LinkedHashSet<>();

	private final Set<String> avg = new LinkedHashSet<>();

	private final Set<String> min = new LinkedHashSet<>();

	private final Set<String> max = new LinkedHashSet<>();

	/**
	 * @param where makes the model's filter
	 * @param orderBy makes the model's order
	 * @param fields makes the model's field list
	 */
	protected AggregateBuilder(Supplier<W> where, Supplier<O> orderBy, Supplier<F> fields) {
		this.filters = Objects.requireNonNull(where, "where");
		this.orders = Objects.requireNonNull(orderBy, "orderBy");
		this.fields = Objects.requireNonNull(fields, "fields");
	}

	/**
	 * @param filter which records; called again, both filters must hold
	 * @return these arguments
	 */
	public final A where(Consumer<? super W> filter) {
		this.where.add(WhereBuilder.build(this.filters, filter));
		return self();
	}

	/**
	 * @param order the order of the records (for {@code aggregate}, with skip and take) or of the groups
	 * @return these arguments
	 */
	public final A orderBy(Consumer<? super O> order) {
		O entries = this.orders.get();
		order.accept(entries);
		this.orderBy.addAll(entries.build());
		return self();
	}

	/**
	 * @param records how many records (or groups) to skip
	 * @return these arguments
	 */
	public final A skip(int records) {
		this.skip = records;
		return self();
	}

	/**
	 * @param records how many records (or groups) to take
	 * @return these arguments
	 */
	public final A take(int records) {
		this.take = records;
		return self();
	}

	/** @return these arguments, counting records ({@code _count: { _all: true }}) */
	public final A _count() {
		this.count.add("_all");
		return self();
	}

	/**
	 * @param fields fields whose non-null values to count
	 * @return these arguments
	 */
	public final A _count(Consumer<? super F> fields) {
		this.count.addAll(FieldSelection.build(this.fields, fields));
		return self();
	}

	/**
	 * @param fields number fields to add up
	 * @return these arguments
	 */
	public final A _sum(Consumer<? super F> fields) {
		this.sum.addAll(FieldSelection.build(this.fields, fields));
		return self();
	}

	/**
	 * @param fields number fields to average
	 * @return these arguments
	 */
	public final A _avg(Consumer<? super F> fields) {
		this.avg.addAll(FieldSelection.build(this.fields, fields));
		return self();
	}

	/**
	 * @param fields fields whose least value to return
	 * @return these arguments
	 */
	public final A _min(Consumer<? super F> fields) {
		this.min.addAll(FieldSelection.build(this.fields, fields));
		return self();
	}

	/**
	 * @param fields fields whose greatest value to return
	 * @return these arguments
	 */
	public final A _max(Consumer<? super F> fields) {
		this.max.addAll(FieldSelection.build(this.fields, fields));
		return self();
	}

	/** @return the engine's arguments */
	public AggregateArgs build() {
		return build(List.of(), Filter.ALL);
	}

	final AggregateArgs build(List<String> by, Filter having) {
		Filter filter = (this.where.size() == 1) ? this.where.get(0)
				: this.where.isEmpty() ? Filter.ALL : new Filter.And(this.where);
		return new AggregateArgs(filter, this.orderBy, this.skip, this.take, this.count, this.sum, this.avg, this.min,
				this.max, by, having);
	}

	final Supplier<F> fields() {
		return this.fields;
	}

	final Supplier<W> filters() {
		return this.filters;
	}

	@SuppressWarnings("unchecked")
	final A self() {
		return (A) this;
	}
}
