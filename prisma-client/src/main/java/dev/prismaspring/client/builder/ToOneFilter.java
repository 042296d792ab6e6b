package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Quantifier;

/**
 * Conditions on the record of a to-one relation: {@code w.author(r -> r.is(u -> u.name().equals("Alice")))}.
 * Several conditions must all hold.
 *
 * @param <R> the related model's filter
 */
public final class ToOneFilter<R extends WhereBuilder<R>> {

	private final String relation;

	private final Supplier<R> related;

	private final List<Filter> conditions = new ArrayList<>();

	ToOneFilter(String relation, Supplier<R> related) {
		this.relation = relation;
		this.related = related;
	}

	/**
	 * @param filter what the related record matches (there must be one)
	 * @return this filter
	 */
	public ToOneFilter<R> is(Consumer<? super R> filter) {
		return add(Quantifier.IS, WhereBuilder.build(this.related, filter));
	}

	/**
	 * @param filter what the related record does not match
	 * @return this filter
	 */
	public ToOneFilter<R> isNot(Consumer<? super R> filter) {
		return add(Quantifier.IS_NOT, WhereBuilder.build(this.related, filter));
	}

	/** @return this filter, requiring that there is no related record */
	public ToOneFilter<R> isNull() {
		return add(Quantifier.IS, null);
	}

	/** @return this filter, requiring a related record */
	public ToOneFilter<R> isNotNull() {
		return add(Quantifier.IS_NOT, null);
	}

	private ToOneFilter<R> add(Quantifier quantifier, Filter filter) {
		this.conditions.add(new Filter.RelationCondition(this.relation, quantifier, filter));
		return this;
	}

	List<Filter> conditions() {
		return this.conditions;
	}
}
