package dev.prismaspring.client.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.prismaspring.client.Row;
import dev.prismaspring.client.query.AggregateArgs;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.OrderBy;

/**
 * {@code count}, {@code aggregate} and {@code groupBy}. Aggregates keep the field's Java type
 * ({@code _sum} of an Int is an Integer, and fails with P2020 when it overflows), {@code _avg}
 * is a Double (a BigDecimal for Decimal fields) and {@code _count} a Long. In {@code having} and
 * in a groupBy's order, aggregates are named {@code "_sum.views"}, {@code "_count._all"} and so on.
 */
final class Aggregates {

	private static final List<String> FUNCTIONS = List.of("_count", "_sum", "_avg", "_min", "_max");

	private Aggregates() {
	}

	static long count(Session session, ModelInfo model, FindArgs args) {
		if (!args.distinct().isEmpty()) {
			FindArgs distinct = args.withShape(args.shape().select(args.distinct()));
			return QueryStrategyReader.read(session, ReadPlan.of(model, distinct, List.of())).size();
		}
		Paging paging = Paging.of(model, args);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		boolean paginated = args.skip() != null || args.take() != null || args.cursor() != null;
		sql.append(paginated ? "SELECT count(*) FROM (SELECT 1 FROM " : "SELECT count(*) FROM ").append(model.table())
			.append(" AS ").identifier(alias);
		Paging.appendWhere(sql, model, alias, args, paging);
		if (paginated) {
			paging.appendOrderAndLimit(sql, alias);
			sql.append(") AS ").identifier(sql.newAlias());
		}
		return session.query(sql, (result) -> result.getLong(1)).get(0);
	}

	static Row aggregate(Session session, ModelInfo model, AggregateArgs args) {
		if (!args.by().isEmpty()) {
			throw QueryErrors.invalid("aggregate takes no `by`; use groupBy.");
		}
		FindArgs find = new FindArgs(args.where(), args.orderBy(), null, args.skip(), args.take(), List.of(),
				dev.prismaspring.client.query.Shape.DEFAULT);
		Paging paging = Paging.of(model, find);
		List<Aggregate> aggregates = aggregates(model, args);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("SELECT ");
		appendAggregates(sql, aggregates, alias);
		sql.append(" FROM ");
		if (args.skip() != null || args.take() != null || !args.orderBy().isEmpty()) {
			sql.append("(SELECT * FROM ").append(model.table()).append(" AS ").identifier(alias);
			Paging.appendWhere(sql, model, alias, find, paging);
			paging.appendOrderAndLimit(sql, alias);
			sql.append(") AS ").identifier(alias);
		}
		else {
			sql.append(model.table()).append(" AS ").identifier(alias);
			Paging.appendWhere(sql, model, alias, find, paging);
		}
		Row.Layout layout = layout(List.of(), aggregates);
		return session.query(sql, (result) -> readRow(result, layout, List.of(), aggregates)).get(0);
	}

	static List<Row> groupBy(Session session, ModelInfo model, AggregateArgs args) {
		if (args.by().isEmpty()) {
			throw QueryErrors.invalid("groupBy needs at least one field in `by`.");
		}
		List<FieldInfo> by = new ArrayList<>();
		for (String name : args.by()) {
			FieldInfo field = model.field(name);
			by.add(field);
		}
		List<Aggregate> aggregates = aggregates(model, args);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("SELECT ");
		for (int i = 0; i < by.size(); i++) {
			FieldInfo field = by.get(i);
			sql.append((i > 0) ? ", " : "").append(field.codec().selectExpression(field.reference(alias)));
		}
		if (!aggregates.isEmpty()) {
			sql.append(", ");
			appendAggregates(sql, aggregates, alias);
		}
		sql.append(" FROM ").append(model.table()).append(" AS ").identifier(alias).append(" WHERE ");
		FilterRenderer.render(sql, model, alias, args.where());
		sql.append(" GROUP BY ");
		for (int i = 0; i < by.size(); i++) {
			sql.append((i > 0) ? ", " : "").append(by.get(i).reference(alias));
		}
		sql.append(" HAVING ");
		FilterRenderer.render(sql, model, (name) -> operand(model, alias, by, name), args.having());
		if (!args.orderBy().isEmpty()) {
			sql.append(" ORDER BY ");
			for (int i = 0; i < args.orderBy().size(); i++) {
				if (!(args.orderBy().get(i) instanceof OrderBy.ByField order)) {
					throw QueryErrors.invalid("groupBy orders by its `by` fields or by aggregates such as `_count._all`.");
				}
				Operand operand = operand(model, alias, by, order.field());
				sql.append((i > 0) ? ", " : "").append(operand.expression())
					.append((order.direction() == OrderBy.Direction.ASC) ? " ASC" : " DESC");
				if (order.nulls() != OrderBy.Nulls.DEFAULT) {
					sql.append((order.nulls() == OrderBy.Nulls.FIRST) ? " NULLS FIRST" : " NULLS LAST");
				}
			}
		}
		else if (args.skip() != null || args.take() != null) {
			throw QueryErrors.invalid("groupBy with skip or take needs an orderBy.");
		}
		if (args.take() != null) {
			if (args.take() < 0) {
				throw QueryErrors.invalid("groupBy takes a positive take.");
			}
			sql.append(" LIMIT ").param(args.take().longValue());
		}
		if (args.skip() != null) {
			sql.append(" OFFSET ").param(args.skip().longValue());
		}
		Row.Layout layout = layout(by, aggregates);
		return session.query(sql, (result) -> readRow(result, layout, by, aggregates));
	}

	private static Operand operand(ModelInfo model, String alias, List<FieldInfo> by, String name) {
		int dot = name.indexOf('.');
		if (dot < 0) {
			FieldInfo field = model.field(name);
			if (!by.contains(field)) {
				throw QueryErrors.invalid("`" + field.label() + "` is not grouped by; filter or order on an aggregate"
						+ " of it (e.g. `_max." + name + "`) or add it to `by`.");
			}
			return Operand.column(alias, field);
		}
		String function = name.substring(0, dot);
		String fieldName = name.substring(dot + 1);
		if (!FUNCTIONS.contains(function)) {
			throw QueryErrors.invalid("`" + name + "` is not an aggregate; use one of " + FUNCTIONS + " with a field.");
		}
		Aggregate aggregate = new Aggregate(function, fieldName.equals("_all") ? null : model.field(fieldName));
		aggregate.check();
		Sql expression = new Sql();
		aggregate.append(expression, alias);
		return new Operand(expression.text(), aggregate.codec(), false, name);
	}

	private static List<Aggregate> aggregates(ModelInfo model, AggregateArgs args) {
		List<Aggregate> aggregates = new ArrayList<>();
		add(aggregates, model, "_count", args.count());
		add(aggregates, model, "_sum", args.sum());
		add(aggregates, model, "_avg", args.avg());
		add(aggregates, model, "_min", args.min());
		add(aggregates, model, "_max", args.max());
		return aggregates;
	}

	private static void add(List<Aggregate> aggregates, ModelInfo model, String function, Set<String> fields) {
		List<String> ordered = new ArrayList<>();
		if (fields.contains("_all")) {
			ordered.add("_all");
		}
		for (FieldInfo field : model.fields()) {
			if (fields.contains(field.name())) {
				ordered.add(field.name());
			}
		}
		for (String name : fields) {
			if (!ordered.contains(name)) {
				model.field(name);
			}
		}
		for (String name : ordered) {
			if (name.equals("_all") && !function.equals("_count")) {
				throw QueryErrors.invalid("`_all` is only available in _count.");
			}
			Aggregate aggregate = new Aggregate(function, name.equals("_all") ? null : model.field(name));
			aggregate.check();
			aggregates.add(aggregate);
		}
	}

	private static void appendAggregates(Sql sql, List<Aggregate> aggregates, String alias) {
		if (aggregates.isEmpty()) {
			sql.append("1");
			return;
		}
		for (int i = 0; i < aggregates.size(); i++) {
			sql.append((i > 0) ? ", " : "");
			Aggregate aggregate = aggregates.get(i);
			// Aggregates are made of identifiers only: their text carries no parameters.
			Sql expression = sql.fork();
			aggregate.append(expression, alias);
			sql.append(aggregate.codec().selectExpression(expression.text()));
		}
	}

	// A result row's fields: the by fields, then one per aggregate function asked for (its values
	// by field name), made once per query for all its rows.
	private static Row.Layout layout(List<FieldInfo> by, List<Aggregate> aggregates) {
		Set<String> names = new LinkedHashSet<>();
		by.forEach((field) -> names.add(field.name()));
		aggregates.forEach((aggregate) -> names.add(aggregate.function()));
		return Row.Layout.of(names);
	}

	// The aggregates of one function are next to each other (see aggregates()).
	private static Row readRow(ResultSet result, Row.Layout layout, List<FieldInfo> by, List<Aggregate> aggregates)
			throws SQLException {
		Object[] values = new Object[layout.size()];
		int column = 1;
		int slot = 0;
		for (FieldInfo field : by) {
			values[slot++] = field.codec().read(result, column++);
		}
		String function = null;
		Map<String, Object> group = null;
		for (Aggregate aggregate : aggregates) {
			if (!aggregate.function().equals(function)) {
				function = aggregate.function();
				group = new LinkedHashMap<>();
				values[slot++] = Collections.unmodifiableMap(group);
			}
			group.put(aggregate.key(), aggregate.codec().read(result, column++));
		}
		return layout.row(values);
	}

	/** One aggregate: a function on a field ({@code null} for {@code _count._all}). */
	private record Aggregate(String function, FieldInfo field) {

		String key() {
			return (this.field != null) ? this.field.name() : "_all";
		}

		void check() {
			if (this.field == null) {
				return;
			}
			ScalarCodec codec = this.field.scalarCodec();
			boolean numeric = !this.field.isList() && codec.isNumeric();
			switch (this.function) {
				case "_sum", "_avg" -> {
					if (!numeric) {
						throw QueryErrors.invalid(this.function + " needs a number field; `" + this.field.label()
								+ "` is not one.");
					}
				}
				case "_min", "_max" -> {
					if (this.field.isList() || codec.kind() == ScalarCodec.Kind.JSON || codec.kind() == ScalarCodec.Kind.BYTES) {
						throw QueryErrors.invalid(this.function + " is not available on `" + this.field.label() + "`.");
					}
				}
				default -> {
				}
			}
		}

		ScalarCodec codec() {
			switch (this.function) {
				case "_count":
					return ScalarCodec.BIGINT;
				case "_avg":
					ScalarCodec.Kind kind = this.field.scalarCodec().kind();
					return (kind == ScalarCodec.Kind.DECIMAL || kind == ScalarCodec.Kind.MONEY) ? ScalarCodec.DECIMAL
							: ScalarCodec.FLOAT;
				case "_min":
				case "_max":
					ScalarCodec codec = this.field.scalarCodec();
					return (codec.kind() == ScalarCodec.Kind.TEXT) ? ScalarCodec.TEXT : codec;
				default:
					return this.field.scalarCodec();
			}
		}

		void append(Sql sql, String alias) {
			String column = (this.field != null) ? this.field.reference(alias) : null;
			ScalarCodec codec = (this.field != null) ? this.field.scalarCodec() : null;
			switch (this.function) {
				case "_count" -> sql.append((column != null) ? "count(" + column + ")" : "count(*)");
				case "_sum" -> sql.append("CAST(sum(" + column + ") AS " + codec.castType() + ")");
				case "_avg" -> {
					boolean decimal = codec().kind() == ScalarCodec.Kind.DECIMAL;
					sql.append("CAST(avg(" + column + ((codec.kind() == ScalarCodec.Kind.MONEY) ? "::numeric" : "") + ") AS "
							+ (decimal ? "numeric" : "float8") + ")");
				}
				default -> {
					boolean max = this.function.equals("_max");
					if (codec.kind() == ScalarCodec.Kind.BOOLEAN) {
						sql.append((max ? "bool_or(" : "bool_and(") + column + ")");
					}
					else if (codec.kind() == ScalarCodec.Kind.TEXT && !codec.isText()) {
						sql.append((max ? "max(" : "min(") + column + "::text)");
					}
					else {
						sql.append((max ? "max(" : "min(") + column + ")");
					}
				}
			}
		}
	}
}
