package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.OrderBy;
import dev.prismaspring.client.query.OrderBy.Direction;
import dev.prismaspring.client.query.OrderBy.Nulls;

/**
 * A resolved {@code orderBy}: expressions that can be rendered on any alias of the model
 * (scalar columns, to-one related columns and relation counts as subqueries), made total by the
 * model's identity fields so that pagination and cursors are stable. Also renders Prisma's cursor
 * condition: the cursor record and the records after it in this order.
 */
final class OrderTerms {

	private final ModelInfo model;

	private final List<Term> terms;

	private OrderTerms(ModelInfo model, List<Term> terms) {
		this.model = model;
		this.terms = terms;
	}

	/**
	 * @param model the model ordered
	 * @param orderBy the requested order
	 * @param total whether to append the identity fields so that the order is total
	 * @return the terms
	 */
	static OrderTerms of(ModelInfo model, List<OrderBy> orderBy, boolean total) {
		List<Term> terms = new ArrayList<>();
		List<String> ordered = new ArrayList<>();
		for (OrderBy order : orderBy) {
			terms.add(term(model, order));
			if (order instanceof OrderBy.ByField byField) {
				ordered.add(byField.field());
			}
		}
		if (total) {
			for (FieldInfo field : model.identity()) {
				if (!ordered.contains(field.name())) {
					terms.add(new Term(column(field), Direction.ASC, Nulls.DEFAULT, !field.isRequired()));
				}
			}
		}
		return new OrderTerms(model, terms);
	}

	private static Term term(ModelInfo model, OrderBy order) {
		if (order instanceof OrderBy.ByField byField) {
			FieldInfo field = model.field(byField.field());
			if (field.isList()) {
				throw QueryErrors.invalid("`" + field.label() + "` is a list and cannot be ordered by.");
			}
			return new Term(column(field), byField.direction(), byField.nulls(), !field.isRequired());
		}
		if (order instanceof OrderBy.ByRelation byRelation) {
			RelationInfo relation = model.relation(byRelation.relation());
			if (relation.isList()) {
				throw QueryErrors.invalid("`" + relation.label() + "` is a list relation: order by its count instead.");
			}
			Term inner = term(relation.related(), byRelation.order());
			Expression expression = (sql, alias) -> {
				String child = sql.newAlias();
				sql.append("(SELECT ");
				inner.expression().render(sql, child);
				sql.append(" FROM ");
				RelationJoins.appendFrom(sql, relation, child);
				sql.append(" WHERE ");
				RelationJoins.appendLink(sql, relation, child, alias);
				sql.append(" LIMIT 1)");
			};
			return new Term(expression, inner.direction(), inner.nulls(), true);
		}
		if (order instanceof OrderBy.ByRelevance byRelevance) {
			return relevance(model, byRelevance);
		}
		OrderBy.ByRelationCount byCount = (OrderBy.ByRelationCount) order;
		RelationInfo relation = model.relation(byCount.relation());
		if (!relation.isList()) {
			throw QueryErrors.invalid("`" + relation.label() + "` is a to-one relation and has no count to order by.");
		}
		return new Term((sql, alias) -> RelationJoins.appendCount(sql, relation, alias), byCount.direction(), Nulls.DEFAULT,
				false);
	}

	/**
	 * Prisma's {@code _relevance} on PostgreSQL: {@code ts_rank} of the text the {@code search}
	 * filter matches ({@link FullText}).
	 */
	private static Term relevance(ModelInfo model, OrderBy.ByRelevance order) {
		List<FieldInfo> fields = new ArrayList<>();
		for (String name : order.fields()) {
			FieldInfo field = model.field(name);
			FullText.requireText(field.codec(), field.label());
			fields.add(field);
		}
		Expression expression = (sql, alias) -> {
			List<String> columns = new ArrayList<>();
			fields.forEach((field) -> columns.add(field.reference(alias)));
			sql.append("ts_rank(");
			FullText.appendDocument(sql, columns);
			sql.append(", ");
			FullText.appendQuery(sql, order.search());
			sql.append(")");
		};
		return new Term(expression, order.direction(), Nulls.DEFAULT, false);
	}

	private static Expression column(FieldInfo field) {
		return (sql, alias) -> sql.column(alias, field.column());
	}

	boolean isEmpty() {
		return this.terms.isEmpty();
	}

	/** @return the same terms in the opposite order (for a negative take) */
	OrderTerms reversed() {
		List<Term> reversed = new ArrayList<>();
		for (Term term : this.terms) {
			Direction direction = (term.direction() == Direction.ASC) ? Direction.DESC : Direction.ASC;
			Nulls nulls = switch (term.nulls()) {
				case FIRST -> Nulls.LAST;
				case LAST -> Nulls.FIRST;
				default -> Nulls.DEFAULT;
			};
			reversed.add(new Term(term.expression(), direction, nulls, term.nullable()));
		}
		return new OrderTerms(this.model, reversed);
	}

	/** Appends {@code expr ASC NULLS LAST, ...} (without the ORDER BY keyword). */
	void appendOrder(Sql sql, String alias) {
		for (int i = 0; i < this.terms.size(); i++) {
			Term term = this.terms.get(i);
			if (i > 0) {
				sql.append(", ");
			}
			term.expression().render(sql, alias);
			sql.append((term.direction() == Direction.ASC) ? " ASC" : " DESC");
			if (term.nulls() == Nulls.FIRST) {
				sql.append(" NULLS FIRST");
			}
			else if (term.nulls() == Nulls.LAST) {
				sql.append(" NULLS LAST");
			}
		}
	}

	/**
	 * Appends the cursor condition: the row at {@code alias} is the cursor record or comes after
	 * it in this order. The order must be total. A cursor that matches no record matches nothing.
	 */
	void appendCursor(Sql sql, String alias, Map<String, Object> cursor) {
		Filter unique = Uniques.filter(this.model, cursor, "cursor");
		sql.append("(EXISTS (SELECT 1 FROM ").append(this.model.table()).append(" AS ");
		String found = sql.newAlias();
		sql.identifier(found).append(" WHERE ");
		FilterRenderer.render(sql, this.model, found, unique);
		sql.append(") AND (");
		for (int i = 0; i <= this.terms.size(); i++) {
			if (i > 0) {
				sql.append(" OR ");
			}
			sql.append("(");
			for (int j = 0; j < i; j++) {
				Term equal = this.terms.get(j);
				equal.expression().render(sql, alias);
				sql.append(equal.nullable() ? " IS NOT DISTINCT FROM " : " = ");
				cursorValue(sql, equal, unique);
				sql.append(" AND ");
			}
			if (i < this.terms.size()) {
				after(sql, alias, this.terms.get(i), unique);
			}
			else {
				sql.append("TRUE");
			}
			sql.append(")");
		}
		sql.append("))");
	}

	private void after(Sql sql, String alias, Term term, Filter unique) {
		String comparison = (term.direction() == Direction.ASC) ? " > " : " < ";
		if (!term.nullable()) {
			term.expression().render(sql, alias);
			sql.append(comparison);
			cursorValue(sql, term, unique);
			return;
		}
		boolean nullsFirst = term.nulls() == Nulls.FIRST || (term.nulls() == Nulls.DEFAULT && term.direction() == Direction.DESC);
		sql.append("((");
		cursorValue(sql, term, unique);
		sql.append(nullsFirst ? " IS NULL AND " : " IS NOT NULL AND ");
		term.expression().render(sql, alias);
		sql.append(nullsFirst ? " IS NOT NULL) OR " : " IS NULL) OR ");
		term.expression().render(sql, alias);
		sql.append(comparison);
		cursorValue(sql, term, unique);
		sql.append(")");
	}

	private void cursorValue(Sql sql, Term term, Filter unique) {
		String cursorAlias = sql.newAlias();
		sql.append("(SELECT ");
		term.expression().render(sql, cursorAlias);
		sql.append(" FROM ").append(this.model.table()).append(" AS ").identifier(cursorAlias).append(" WHERE ");
		FilterRenderer.render(sql, this.model, cursorAlias, unique);
		sql.append(")");
	}

	/** Renders an order expression on a given alias. */
	@FunctionalInterface
	interface Expression {

		void render(Sql sql, String alias);
	}

	/** One term; {@code nullable} when the expression can be NULL, which the cursor condition must then handle. */
	private record Term(Expression expression, Direction direction, Nulls nulls, boolean nullable) {
	}
}
