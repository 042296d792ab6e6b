package dev.prismaspring.client.query;

import java.util.Objects;

/** One {@code orderBy} entry. */
public sealed interface OrderBy {

	/** Sort direction. */
	enum Direction {
		ASC, DESC
	}

	/** Where NULLs go; {@code DEFAULT} is PostgreSQL's (last ascending, first descending). */
	enum Nulls {
		DEFAULT, FIRST, LAST
	}

	/**
	 * By a scalar field.
	 *
	 * @param field the field's name; in a groupBy also an aggregate, e.g. {@code "_sum.views"} or
	 * {@code "_count._all"}
	 * @param direction the direction
	 * @param nulls where NULLs go
	 */
	record ByField(String field, Direction direction, Nulls nulls) implements OrderBy {

		public ByField {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(direction, "direction");
			Objects.requireNonNull(nulls, "nulls");
		}
	}

	/**
	 * By a field of a to-one related record, e.g. posts ordered by {@code author.name}.
	 *
	 * @param relation the to-one relation field's name
	 * @param order the order on the related model
	 */
	record ByRelation(String relation, OrderBy order) implements OrderBy {

		public ByRelation {
			Objects.requireNonNull(relation, "relation");
			Objects.requireNonNull(order, "order");
		}
	}

	/**
	 * By the number of related records, e.g. users by {@code posts._count}.
	 *
	 * @param relation the list relation field's name
	 * @param direction the direction
	 */
	record ByRelationCount(String relation, Direction direction) implements OrderBy {

		public ByRelationCount {
			Objects.requireNonNull(relation, "relation");
			Objects.requireNonNull(direction, "direction");
		}
	}
}
