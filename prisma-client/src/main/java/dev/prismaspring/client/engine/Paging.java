package dev.prismaspring.client.engine;

import java.util.List;
import java.util.Map;

import dev.prismaspring.client.query.FindArgs;

/**
 * How a level's order and pagination are carried out, as Prisma does: a negative take reads
 * backwards from the cursor (or the end) and is turned around afterwards; with {@code distinct}
 * the rows are read in order and de-duplicated, skipped and taken in memory.
 *
 * @param order the order the statement reads in
 * @param cursorOrder the order the cursor condition follows (reversed for a negative take)
 * @param ordered whether the statement orders at all
 * @param limit the LIMIT, or {@code null}
 * @param offset the OFFSET, or {@code null}
 * @param reverseAfter whether the rows read are to be turned around
 * @param inMemory whether distinct, skip and take are left to {@link Records#distinct}
 */
record Paging(OrderTerms order, OrderTerms cursorOrder, boolean ordered, Integer limit, Integer offset,
		boolean reverseAfter, boolean inMemory) {

	static Paging of(ModelInfo model, FindArgs args) {
		boolean distinct = !args.distinct().isEmpty();
		if (args.skip() != null && args.skip() < 0) {
			throw QueryErrors.invalid("skip must not be negative; it is " + args.skip() + ".");
		}
		boolean ordered = !args.orderBy().isEmpty() || args.skip() != null || args.take() != null
				|| args.cursor() != null || distinct;
		OrderTerms terms = OrderTerms.of(model, args.orderBy(), ordered);
		boolean backwards = args.take() != null && args.take() < 0;
		OrderTerms cursorOrder = backwards ? terms.reversed() : terms;
		if (distinct) {
			return new Paging(terms, cursorOrder, ordered, null, null, false, true);
		}
		Integer limit = (args.take() != null) ? Math.abs(args.take()) : null;
		return new Paging(backwards ? terms.reversed() : terms, cursorOrder, ordered, limit, args.skip(), backwards,
				false);
	}

	/** Appends {@code WHERE} (filter and cursor) for the rows at {@code alias}. */
	static void appendWhere(Sql sql, ModelInfo model, String alias, FindArgs args, Paging paging) {
		sql.append(" WHERE ");
		FilterRenderer.render(sql, model, alias, args.where());
		if (args.cursor() != null) {
			sql.append(" AND ");
			paging.cursorOrder().appendCursor(sql, alias, args.cursor());
		}
	}

	/** Appends ORDER BY, LIMIT and OFFSET. */
	void appendOrderAndLimit(Sql sql, String alias) {
		appendOrder(sql, alias);
		if (this.limit != null) {
			sql.append(" LIMIT ").param(this.limit.longValue());
		}
		if (this.offset != null && this.offset > 0) {
			sql.append(" OFFSET ").param(this.offset.longValue());
		}
	}

	void appendOrder(Sql sql, String alias) {
		if (this.ordered && !this.order.isEmpty()) {
			sql.append(" ORDER BY ");
			this.order.appendOrder(sql, alias);
		}
	}

	/** @return the rows of one level (or one parent's related rows) as the query asked for them */
	List<Map<String, Object>> finish(List<Map<String, Object>> records, FindArgs args) {
		if (this.inMemory) {
			return Records.distinct(records, args);
		}
		return this.reverseAfter ? Records.reversed(records) : records;
	}
}
