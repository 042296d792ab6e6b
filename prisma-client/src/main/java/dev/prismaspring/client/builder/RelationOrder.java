package dev.prismaspring.client.builder;

import dev.prismaspring.client.query.OrderBy;

/**
 * Sorting by a list relation, which sorts by its number of records:
 * {@code o.posts()._count().desc()}, as Prisma's {@code posts: { _count: 'desc' }}.
 *
 * @param <P> the order the entry is added to
 */
public final class RelationOrder<P> {

	private final P parent;

	private final OrderByBuilder<?> order;

	private final String relation;

	RelationOrder(P parent, OrderByBuilder<?> order, String relation) {
		this.parent = parent;
		this.order = order;
		this.relation = relation;
	}

	/** @return the number of related records, to sort by */
	public SortDirection<P> _count() {
		return new SortDirection<>(this.parent, this.order,
				(direction) -> new OrderBy.ByRelationCount(this.relation, direction));
	}
}
