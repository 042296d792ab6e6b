package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Quantifier;

/**
 * Conditions on the records of a list relation: {@code w.posts(r -> r.some(p -> p.published().equals(true)))}.
 * Several conditions must all hold.
 *
 * @param <R> the related model's filter
 */
public final class ToManyFilter<R extends WhereBuilder<R>> {

	private final String relation;

	private final Supplier<R> related;

	private final List<Filter> conditions = new ArrayList<>();

	ToManyFilter(String relation, Supplier<R> related) {
		this.relation = relation;
		this.related = related;
	}

	/**
	 * @param filter what at least one related record matches
	 * @return this filter
	 */
	public ToManyFilter<R> some(Consumer<? super R> filter) {
		return add(Quantifier.SOME, WhereBuilder.build(this.related, filter));
	}

	/** @return this filter, requiring at least one related record */
	public ToManyFilter<R> some() {
		return add(Quantifier.SOME, Filter.ALL);
	}

	/**
	 * @param filter what every related record matches (true when there is none)
	 * @return this filter
	 */
	public ToManyFilter<R> every(Consumer<? super R> filter) {
		return add(Quantifier.EVERY, WhereBuilder.build(this.related, filter));
	}

	/**
	 * @param filter what no related record matches
	 * @return this filter
	 */
	public ToManyFilter<R> none(Consumer<? super R> filter) {
		return add(Quantifier.NONE, WhereBuilder.build(this.related, filter));
	}

	/** @return this filter, requiring that there is no related record */
	public ToManyFilter<R> none() {
		return add(Quantifier.NONE, Filter.ALL);
	}

	private ToManyFilter<R> add(Quantifier quantifier, Filter filter) {
		this.conditions.add(new Filter.RelationCondition(this.relation, quantifier, filter));
		return this;
	}

	List<Filter> conditions() {
		return this.conditions;
	}
}
