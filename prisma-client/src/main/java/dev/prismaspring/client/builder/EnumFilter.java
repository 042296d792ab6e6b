package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;

/**
 * Conditions on an enum field.
 *
 * @param <P> the filter the conditions are added to
 * @param <E> the generated enum
 */
public final class EnumFilter<P, E extends Enum<E> & PrismaEnum> extends FieldFilter<P> {

	EnumFilter(P parent, String field, Consumer<Filter> sink) {
		super(parent, field, sink);
	}

	/**
	 * @param value the value, or {@code null} for "is NULL"
	 * @return the filter
	 */
	public P equals(E value) {
		return condition(Operator.EQUALS, value);
	}

	/**
	 * @param value the value, or {@code null} for "is not NULL"
	 * @return the filter
	 */
	public P not(E value) {
		return condition(Operator.NOT, value);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	public P in(Collection<? extends E> values) {
		return anyOf(Operator.IN, values);
	}

	/**
	 * @param values the values the field may have
	 * @return the filter
	 */
	@SafeVarargs
	public final P in(E... values) {
		List<E> list = new ArrayList<>(values.length);
		for (E value : values) {
			list.add(value);
		}
		return in(list);
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	public P notIn(Collection<? extends E> values) {
		return anyOf(Operator.NOT_IN, values);
	}

	/**
	 * @param values the values the field must not have
	 * @return the filter
	 */
	@SafeVarargs
	public final P notIn(E... values) {
		List<E> list = new ArrayList<>(values.length);
		for (E value : values) {
			list.add(value);
		}
		return notIn(list);
	}
}
