package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.Filter;

/**
 * The {@code having} filter of a {@code groupBy}: conditions on the grouped fields and on
 * aggregates of any field, written with the model's own filter:
 * {@code h -> h._avg(w -> w.age().gt(30))._countAll().gte(2L)}. Conditions must all hold.
 *
 * @param <W> the model's filter
 */
public final class Having<W extends WhereBuilder<W>> {

	private final Supplier<W> filters;

	private final List<Filter> conditions = new ArrayList<>();

	Having(Supplier<W> filters) {
		this.filters = filters;
	}

	/**
	 * @param filter conditions on the fields grouped by
	 * @return this filter
	 */
	public Having<W> where(Consumer<? super W> filter) {
		return aggregate(null, filter);
	}

	/**
	 * @param filter conditions on the fields' averages
	 * @return this filter
	 */
	public Having<W> _avg(Consumer<? super W> filter) {
		return aggregate("_avg", filter);
	}

	/**
	 * @param filter conditions on the fields' sums
	 * @return this filter
	 */
	public Having<W> _sum(Consumer<? super W> filter) {
		return aggregate("_sum", filter);
	}

	/**
	 * @param filter conditions on the fields' least values
	 * @return this filter
	 */
	public Having<W> _min(Consumer<? super W> filter) {
		return aggregate("_min", filter);
	}

	/**
	 * @param filter conditions on the fields' greatest values
	 * @return this filter
	 */
	public Having<W> _max(Consumer<? super W> filter) {
		return aggregate("_max", filter);
	}

	/**
	 * @param filter conditions on the fields' numbers of non-null values, with number conditions
	 * @return this filter
	 */
	public Having<W> _count(Consumer<? super W> filter) {
		return aggregate("_count", filter);
	}

	/** @return the number of records in a group, to compare */
	public NumberFilter<Having<W>, Long> _countAll() {
		return new NumberFilter<>(this, "_count._all", this.conditions::add);
	}

	List<Filter> build() {
		return this.conditions;
	}

	private Having<W> aggregate(String aggregate, Consumer<? super W> filter) {
		Filter built = WhereBuilder.build(this.filters, filter);
		this.conditions.add((aggregate != null) ? prefixed(aggregate, built) : built);
		return this;
	}

	private static Filter prefixed(String aggregate, Filter filter) {
		if (filter instanceof Filter.Condition condition) {
			return new Filter.Condition(aggregate + "." + condition.field(), condition.operator(), condition.value(),
					condition.insensitive());
		}
		if (filter instanceof Filter.And and) {
			return new Filter.And(prefixed(aggregate, and.filters()));
		}
		if (filter instanceof Filter.Or or) {
			return new Filter.Or(prefixed(aggregate, or.filters()));
		}
		if (filter instanceof Filter.Not not) {
			return new Filter.Not(prefixed(aggregate, not.filters()));
		}
		throw QueryValidationException.invalid("A having condition on " + aggregate
				+ " compares scalar values; relation, list and Json conditions are not allowed there.");
	}

	private static List<Filter> prefixed(String aggregate, List<Filter> filters) {
		List<Filter> result = new ArrayList<>(filters.size());
		for (Filter filter : filters) {
			result.add(prefixed(aggregate, filter));
		}
		return result;
	}
}
