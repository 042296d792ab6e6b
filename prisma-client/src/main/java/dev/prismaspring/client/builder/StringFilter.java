package dev.prismaspring.client.builder;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Consumer;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;

/**
 * Conditions on a {@code String} field. {@link #insensitive()} makes the conditions that follow it
 * ignore case, as Prisma's {@code mode: 'insensitive'}.
 *
 * @param <P> the filter the conditions are added to
 */
public final class StringFilter<P> extends FieldFilter<P> {

	private boolean insensitive;

	StringFilter(P parent, String field, Consumer<Filter> sink) {
		super(parent, field, sink);
	}

	/** @return this filter, ignoring case in the conditions that follow: {@code w.email().insensitive().endsWith("@PRISMA.IO")} */
	public StringFilter<P> insensitive() {
		this.insensitive = true;
		return this;
	}

	@Override
	boolean caseInsensitive() {
		return this.insensitive;
	}

	/**
	 * @param value the value, or {@code null} for "is NULL"
	 * @return the filter
	 */
	public P equals(String value) {
		return condition(Operator.EQUALS, value);
	}

	/**
	 * @param value the value, or {@code null} for "is not NULL"
	 * @return the filter
	 */
	public P not(String value) {
		return condition(Operator.NOT, value);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	public P in(Collection<String> values) {
		return anyOf(Operator.IN, values);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	public P in(String... values) {
		return in(Arrays.asList(values));
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	public P notIn(Collection<String> values) {
		return anyOf(Operator.NOT_IN, values);
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	public P notIn(String... values) {
		return notIn(Arrays.asList(values));
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P lt(String value) {
		return condition(Operator.LT, value);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P lte(String value) {
		return condition(Operator.LTE, value);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P gt(String value) {
		return condition(Operator.GT, value);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P gte(String value) {
		return condition(Operator.GTE, value);
	}

	/**
	 * @param value text the field contains
	 * @return the filter
	 */
	public P contains(String value) {
		return condition(Operator.CONTAINS, value);
	}

	/**
	 * @param value text the field starts with
	 * @return the filter
	 */
	public P startsWith(String value) {
		return condition(Operator.STARTS_WITH, value);
	}

	/**
	 * @param value text the field ends with
	 * @return the filter
	 */
	public P endsWith(String value) {
		return condition(Operator.ENDS_WITH, value);
	}

	/**
	 * PostgreSQL full-text search, as Prisma's {@code search}.
	 *
	 * @param query a {@code tsquery}: words joined by {@code &} (and), {@code |} (or), {@code !}
	 * (not) or {@code <->} (followed by), e.g. {@code "cat & dog"}
	 * @return the filter
	 */
	public P search(String query) {
		return condition(Operator.SEARCH, query);
	}
}
