package dev.prismaspring.client.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The arguments of a read ({@code findMany}, {@code findFirst}, {@code findUnique}) and of an
 * included relation.
 *
 * @param where the filter
 * @param orderBy the order, first entry first
 * @param cursor a unique position to start from (field name to value), or {@code null}: the
 * cursor record and the records after it in the order (a cursor that matches no record gives none)
 * @param skip records to skip, or {@code null}
 * @param take records to take, or {@code null} for all; negative takes backwards from the cursor
 * (or from the end), the result still in the requested order
 * @param distinct scalar fields whose value combinations appear once (the first in the order),
 * applied before skip and take as Prisma does
 * @param shape which fields the results hold
 */
public record FindArgs(Filter where, List<OrderBy> orderBy, Map<String, Object> cursor, Integer skip, Integer take,
		List<String> distinct, Shape shape) {

	/** Everything, in no particular order, with every scalar field. */
	public static final FindArgs ALL = new FindArgs(Filter.ALL, List.of(), null, null, null, List.of(), Shape.DEFAULT);

	public FindArgs {
		Objects.requireNonNull(where, "where");
		orderBy = List.copyOf(orderBy);
		cursor = (cursor != null) ? Map.copyOf(cursor) : null;
		distinct = List.copyOf(distinct);
		Objects.requireNonNull(shape, "shape");
	}

	/** @return a copy with another filter */
	public FindArgs withWhere(Filter filter) {
		return new FindArgs(filter, this.orderBy, this.cursor, this.skip, this.take, this.distinct, this.shape);
	}

	/** @return a copy with another order */
	public FindArgs withOrderBy(List<OrderBy> order) {
		return new FindArgs(this.where, order, this.cursor, this.skip, this.take, this.distinct, this.shape);
	}

	/** @return a copy with another cursor */
	public FindArgs withCursor(Map<String, Object> position) {
		return new FindArgs(this.where, this.orderBy, position, this.skip, this.take, this.distinct, this.shape);
	}

	/** @return a copy with another skip */
	public FindArgs withSkip(Integer records) {
		return new FindArgs(this.where, this.orderBy, this.cursor, records, this.take, this.distinct, this.shape);
	}

	/** @return a copy with another take */
	public FindArgs withTake(Integer records) {
		return new FindArgs(this.where, this.orderBy, this.cursor, this.skip, records, this.distinct, this.shape);
	}

	/** @return a copy with another distinct */
	public FindArgs withDistinct(List<String> fields) {
		return new FindArgs(this.where, this.orderBy, this.cursor, this.skip, this.take, fields, this.shape);
	}

	/** @return a copy with another shape */
	public FindArgs withShape(Shape fields) {
		return new FindArgs(this.where, this.orderBy, this.cursor, this.skip, this.take, this.distinct, fields);
	}
}
