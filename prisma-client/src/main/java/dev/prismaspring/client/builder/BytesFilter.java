package dev.prismaspring.client.builder;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Consumer;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;

/**
 * Conditions on a {@code Bytes} field.
 *
 * @param <P> the filter the conditions are added to
 */
public final class BytesFilter<P> extends FieldFilter<P> {

	BytesFilter(P parent, String field, Consumer<Filter> sink) {
		super(parent, field, sink);
	}

	/**
	 * @param value the value, or {@code null} for "is NULL"
	 * @return the filter
	 */
	public P equals(byte[] value) {
		return condition(Operator.EQUALS, value);
	}

	/**
	 * @param value the value, or {@code null} for "is not NULL"
	 * @return the filter
	 */
	public P not(byte[] value) {
		return condition(Operator.NOT, value);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	public P in(Collection<byte[]> values) {
		return anyOf(Operator.IN, values);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	public P in(byte[]... values) {
		return in(Arrays.asList(values));
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	public P notIn(Collection<byte[]> values) {
		return anyOf(Operator.NOT_IN, values);
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	public P notIn(byte[]... values) {
		return notIn(Arrays.asList(values));
	}
}
