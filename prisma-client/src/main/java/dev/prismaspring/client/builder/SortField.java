package dev.prismaspring.client.builder;

import dev.prismaspring.client.query.OrderBy;
import dev.prismaspring.client.query.OrderBy.Direction;
import dev.prismaspring.client.query.OrderBy.Nulls;

/**
 * A scalar field to sort by: {@code o.name().asc()}, {@code o.name().desc(Nulls.LAST)}.
 *
 * @param <P> the order the entry is added to
 */
public final class SortField<P> extends SortDirection<P> {

	private final String field;

	SortField(P parent, OrderByBuilder<?> order, String field) {
		super(parent, order, (direction) -> new OrderBy.ByField(field, direction, Nulls.DEFAULT));
		this.field = field;
	}

	/**
	 * @param nulls where NULLs go
	 * @return the order, sorted ascending by this field
	 */
	public P asc(Nulls nulls) {
		return add(new OrderBy.ByField(this.field, Direction.ASC, nulls));
	}

	/**
	 * @param nulls where NULLs go
	 * @return the order, sorted descending by this field
	 */
	public P desc(Nulls nulls) {
		return add(new OrderBy.ByField(this.field, Direction.DESC, nulls));
	}

	String field() {
		return this.field;
	}
}
