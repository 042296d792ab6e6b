package dev.prismaspring.client.builder;

import java.util.function.Function;

import dev.prismaspring.client.query.OrderBy;
import dev.prismaspring.client.query.OrderBy.Direction;

/**
 * A sort key whose direction is still to be chosen, such as a relation's count.
 *
 * @param <P> the order the entry is added to
 */
public class SortDirection<P> {

	private final P parent;

	private final Function<Direction, OrderBy> entry;

	private final OrderByBuilder<?> order;

	SortDirection(P parent, OrderByBuilder<?> order, Function<Direction, OrderBy> entry) {
		this.parent = parent;
		this.order = order;
		this.entry = entry;
	}

	/** @return the order, sorted ascending by this key */
	public P asc() {
		return add(this.entry.apply(Direction.ASC));
	}

	/** @return the order, sorted descending by this key */
	public P desc() {
		return add(this.entry.apply(Direction.DESC));
	}

	final P add(OrderBy orderBy) {
		this.order.add(orderBy);
		return this.parent;
	}
}
