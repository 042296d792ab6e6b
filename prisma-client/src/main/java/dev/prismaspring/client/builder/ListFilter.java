package dev.prismaspring.client.builder;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Consumer;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.ListOperator;

/**
 * Conditions on a scalar list field such as {@code String[]}.
 *
 * @param <P> the filter the conditions are added to
 * @param <T> the element type
 */
public final class ListFilter<P, T> extends FieldFilter<P> {

	ListFilter(P parent, String field, Consumer<Filter> sink) {
		super(parent, field, sink);
	}

	/**
	 * @param value an element the list holds
	 * @return the filter
	 */
	public P has(T value) {
		return list(ListOperator.HAS, EngineValues.of(value));
	}

	/**
	 * @param values elements the list holds, all of them
	 * @return the filter
	 */
	public P hasEvery(Collection<? extends T> values) {
		return list(ListOperator.HAS_EVERY, EngineValues.list(Objects.requireNonNull(values, "values")));
	}

	/**
	 * @param values elements the list holds at least one of
	 * @return the filter
	 */
	public P hasSome(Collection<? extends T> values) {
		return list(ListOperator.HAS_SOME, EngineValues.list(Objects.requireNonNull(values, "values")));
	}

	/**
	 * @param empty whether the list is empty
	 * @return the filter
	 */
	public P isEmpty(boolean empty) {
		return list(ListOperator.IS_EMPTY, empty);
	}

	/**
	 * @param values the whole list, in order
	 * @return the filter
	 */
	public P equals(Collection<? extends T> values) {
		return list(ListOperator.EQUALS, EngineValues.list(Objects.requireNonNull(values, "values")));
	}

	private P list(ListOperator operator, Object value) {
		return add(new Filter.ListCondition(field(), operator, value));
	}
}
