package dev.prismaspring.client.builder;

import java.util.function.Consumer;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;

/**
 * Conditions on a {@code Boolean} field.
 *
 * @param <P> the filter the conditions are added to
 */
public final class BooleanFilter<P> extends FieldFilter<P> {

	BooleanFilter(P parent, String field, Consumer<Filter> sink) {
		super(parent, field, sink);
	}

	/**
	 * @param value the value, or {@code null} for "is NULL"
	 * @return the filter
	 */
	public P equals(Boolean value) {
		return condition(Operator.EQUALS, value);
	}

	/**
	 * @param value the value, or {@code null} for "is not NULL"
	 * @return the filter
	 */
	public P not(Boolean value) {
		return condition(Operator.NOT, value);
	}
}
