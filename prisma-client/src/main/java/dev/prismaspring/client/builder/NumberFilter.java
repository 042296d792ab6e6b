package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;

/**
 * Conditions on a number field: {@code Int} ({@link Integer}), {@code BigInt} ({@link Long}),
 * {@code Float} ({@link Double}) or {@code Decimal} ({@link java.math.BigDecimal}).
 *
 * @param <P> the filter the conditions are added to
 * @param <N> the field's Java type
 */
public final class NumberFilter<P, N extends Number> extends FieldFilter<P> {

	NumberFilter(P parent, String field, Consumer<Filter> sink) {
		super(parent, field, sink);
	}

	/**
	 * @param value the value, or {@code null} for "is NULL"
	 * @return the filter
	 */
	public P equals(N value) {
		return condition(Operator.EQUALS, value);
	}

	/**
	 * @param value the value, or {@code null} for "is not NULL"
	 * @return the filter
	 */
	public P not(N value) {
		return condition(Operator.NOT, value);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	public P in(Collection<? extends N> values) {
		return anyOf(Operator.IN, values);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	@SafeVarargs
	public final P in(N... values) {
		List<N> list = new ArrayList<>(values.length);
		for (N value : values) {
			list.add(value);
		}
		return in(list);
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	public P notIn(Collection<? extends N> values) {
		return anyOf(Operator.NOT_IN, values);
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	@SafeVarargs
	public final P notIn(N... values) {
		List<N> list = new ArrayList<>(values.length);
		for (N value : values) {
			list.add(value);
		}
		return notIn(list);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P lt(N value) {
		return condition(Operator.LT, value);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P lte(N value) {
		return condition(Operator.LTE, value);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P gt(N value) {
		return condition(Operator.GT, value);
	}

	/**
	 * @param value the bound
	 * @return the filter
	 */
	public P gte(N value) {
		return condition(Operator.GTE, value);
	}
}
