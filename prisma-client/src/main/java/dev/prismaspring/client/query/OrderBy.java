package dev.prismaspring.client.query;

import java.util.List;
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

	/**
	 * By full-text relevance, Prisma's {@code _relevance}: the rank of the records' text fields
	 * against a search query, as PostgreSQL's {@code ts_rank} gives it.
	 *
	 * @param fields the String fields whose text is ranked, together
	 * @param search the query, in PostgreSQL's {@code to_tsquery} syntax (e.g. {@code "cat & dog"})
	 * @param direction the direction
	 */
	record ByRelevance(List<String> fields, String search, Direction direction) implements OrderBy {

		public ByRelevance {
			fields = List.copyOf(fields);
			if (fields.isEmpty()) {
				throw new IllegalArgumentException("An order by relevance needs at least one field.");
			}
			Objects.requireNonNull(search, "search");
			Objects.requireNonNull(direction, "direction");
		}
	}
}
