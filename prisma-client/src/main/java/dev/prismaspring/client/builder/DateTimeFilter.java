package dev.prismaspring.client.builder;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Consumer;
import java.time.Instant;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;

/**
 * Conditions on a {@code DateTime} field.
 *
 * @param <P> the filter the conditions are added to
 */
public final class DateTimeFilter<P> extends FieldFilter<P> {

	DateTimeFilter(P parent, String field, Consumer<Filter> sink) {
		super(parent, field, sink);
	}

	/**
	 * @param value the value, or {@code null} for "is NULL"
	 * @return the filter
	 */
	public P equals(Instant value) {
		return condition(Operator.EQUALS, value);
	}

	/**
	 * @param value the value, or {@code null} for "is not NULL"
	 * @return the filter
	 */
	public P not(Instant value) {
		return condition(Operator.NOT, value);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	public P in(Collection<Instant> values) {
		return anyOf(Operator.IN, values);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	public P in(Instant... values) {
		return in(Arrays.asList(values));
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	public P notIn(Collection<Instant> values) {
		return anyOf(Operator.NOT_IN, values);
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	public P notIn(Instant... values) {
		return notIn(Arrays.asList(values));
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P lt(Instant value) {
		return condition(Operator.LT, value);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P lte(Instant value) {
		return condition(Operator.LTE, value);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P gt(Instant value) {
		return condition(Operator.GT, value);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P gte(Instant value) {
		return condition(Operator.GTE, value);
	}
}
