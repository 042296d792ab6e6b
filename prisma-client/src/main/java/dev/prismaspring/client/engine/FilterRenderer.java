package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import dev.prismaspring.client.Json;
import dev.prismaspring.client.query.Filter;

/**
 * Renders a {@link Filter} as a SQL condition on one table alias. Values are bound parameters
 * (LIKE patterns escaped, JSON paths as a bound {@code text[]}); relation filters become
 * {@code EXISTS} subqueries on the related table, at any depth. A {@code null} compared for
 * equality means SQL NULL; {@code not} excludes NULLs, as Prisma's does.
 */
final class FilterRenderer {

	private static final ListCodec TEXT_ARRAY = new ListCodec(ScalarCodec.TEXT);

	private static final ListCodec JSONB_ARRAY = new ListCodec(ScalarCodec.JSONB);

	private final ModelInfo model;

	private final String alias;

	private final Function<String, Operand> operands;

	private FilterRenderer(ModelInfo model, String alias, Function<String, Operand> operands) {
		this.model = model;
		this.alias = alias;
		this.operands = operands;
	}

	/** Appends the filter's condition on the model's rows at {@code alias}. */
	static void render(Sql sql, ModelInfo model, String alias, Filter filter) {
		new FilterRenderer(model, alias, null).append(sql, filter);
	}

	/**
	 * Appends a condition whose scalar conditions name operands the resolver gives (the aggregates
	 * of a {@code having}); relation and JSON conditions are refused.
	 */
	static void render(Sql sql, ModelInfo model, Function<String, Operand> operands, Filter filter) {
		new FilterRenderer(model, null, operands).append(sql, filter);
	}

	private void append(Sql sql, Filter filter) {
		if (filter instanceof Filter.And and) {
			junction(sql, and.filters(), " AND ", "TRUE");
		}
		else if (filter instanceof Filter.Or or) {
			junction(sql, or.filters(), " OR ", "FALSE");
		}
		else if (filter instanceof Filter.Not not) {
			if (not.filters().isEmpty()) {
				sql.append("TRUE");
				return;
			}
			sql.append("(");
			for (int i = 0; i < not.filters().size(); i++) {
				sql.append((i > 0) ? " AND NOT (" : "NOT (");
				append(sql, not.filters().get(i));
				sql.append(")");
			}
			sql.append(")");
		}
		else if (filter instanceof Filter.Condition condition) {
			condition(sql, condition);
		}
		else if (filter instanceof Filter.ListCondition condition) {
			listCondition(sql, condition);
		}
		else if (filter instanceof Filter.JsonCondition condition) {
			jsonCondition(sql, condition);
		}
		else if (filter instanceof Filter.RelationCondition condition) {
			relationCondition(sql, condition);
		}
		else {
			throw new IllegalStateException("Unknown filter " + filter);
		}
	}

	private void junction(Sql sql, List<Filter> filters, String operator, String empty) {
		if (filters.isEmpty()) {
			sql.append(empty);
			return;
		}
		sql.append("(");
		for (int i = 0; i < filters.size(); i++) {
			if (i > 0) {
				sql.append(operator);
			}
			append(sql, filters.get(i));
		}
		sql.append(")");
	}

	private Operand operand(String field) {
		if (this.operands != null) {
			return this.operands.apply(field);
		}
		return Operand.column(this.alias, this.model.field(field));
	}

	private void condition(Sql sql, Filter.Condition condition) {
		Operand operand = operand(condition.field());
		if (operand.list()) {
			listEquality(sql, operand, condition);
			return;
		}
		ScalarCodec codec = operand.codec();
		String column = (codec.kind() == ScalarCodec.Kind.JSON) ? operand.expression() + "::jsonb" : operand.expression();
		ScalarCodec valueCodec = (codec.kind() == ScalarCodec.Kind.JSON) ? ScalarCodec.JSONB : codec;
		Object value = condition.value();
		boolean insensitive = condition.insensitive() && codec.kind() == ScalarCodec.Kind.TEXT;
		switch (condition.operator()) {
			case EQUALS:
			case NOT:
				boolean equals = condition.operator() == Filter.Operator.EQUALS;
				if (value == null) {
					sql.append(column).append(equals ? " IS NULL" : " IS NOT NULL");
				}
				else if (insensitive) {
					sql.append(equals ? "" : "NOT ").append(text(column, codec)).append(" ILIKE ")
						.param(escapeLike(text(value, operand)), ScalarCodec.TEXT).append(" ESCAPE '\\'");
				}
				else {
					sql.append(column).append(equals ? " = " : " <> ").param(valueCodec.normalize(value, operand.label()), valueCodec);
				}
				break;
			case IN:
			case NOT_IN:
				in(sql, operand, column, valueCodec, condition, insensitive);
				break;
			case LT:
			case LTE:
			case GT:
			case GTE:
				String comparison = comparison(condition.operator());
				if (insensitive) {
					sql.append("lower(").append(column).append(") ").append(comparison).append(" lower(")
						.param(text(value, operand), ScalarCodec.TEXT).append(")");
				}
				else {
					sql.append(column).append(" ").append(comparison).append(" ")
						.param(required(valueCodec.normalize(value, operand.label()), operand), valueCodec);
				}
				break;
			case CONTAINS:
			case STARTS_WITH:
			case ENDS_WITH:
				sql.append(text(column, codec)).append(insensitive ? " ILIKE " : " LIKE ")
					.param(pattern(condition.operator(), text(value, operand)), ScalarCodec.TEXT).append(" ESCAPE '\\'");
				break;
			case SEARCH:
				FullText.requireText(codec, operand.label());
				FullText.appendDocument(sql, List.of(column));
				sql.append(" @@ ");
				FullText.appendQuery(sql, text(value, operand));
				break;
			default:
				throw new IllegalStateException(condition.operator().name());
		}
	}

	private void in(Sql sql, Operand operand, String column, ScalarCodec codec, Filter.Condition condition,
			boolean insensitive) {
		boolean in = condition.operator() == Filter.Operator.IN;
		Collection<?> values = values(condition.value(), operand);
		if (values.isEmpty()) {
			sql.append(in ? "FALSE" : "TRUE");
			return;
		}
		sql.append(in ? "" : "NOT (");
		if (insensitive) {
			List<Object> texts = new ArrayList<>();
			for (Object value : values) {
				texts.add(text(value, operand));
			}
			sql.append("lower(").append(column).append(") IN (SELECT lower(v) FROM unnest(").param(texts, TEXT_ARRAY)
				.append(") AS v)");
		}
		else {
			ListCodec listCodec = new ListCodec(codec);
			sql.append(column).append(" = ANY(").param(listCodec.normalize(values, operand.label()), listCodec).append(")");
		}
		sql.append(in ? "" : ")");
	}

	private void listEquality(Sql sql, Operand operand, Filter.Condition condition) {
		if (condition.operator() != Filter.Operator.EQUALS && condition.operator() != Filter.Operator.NOT) {
			throw QueryErrors.invalid("`" + operand.label() + "` is a list: filter it with a list condition (has,"
					+ " hasEvery, hasSome, isEmpty, equals).");
		}
		boolean equals = condition.operator() == Filter.Operator.EQUALS;
		if (condition.value() == null) {
			sql.append(operand.expression()).append(equals ? " IS NULL" : " IS NOT NULL");
			return;
		}
		ListCodec codec = new ListCodec(operand.codec());
		sql.append(operand.expression()).append(equals ? " = " : " <> ")
			.param(codec.normalize(condition.value(), operand.label()), codec);
	}

	private void listCondition(Sql sql, Filter.ListCondition condition) {
		Operand operand = operand(condition.field());
		if (!operand.list()) {
			throw QueryErrors.invalid("`" + operand.label() + "` is not a list; use a scalar condition.");
		}
		ListCodec codec = new ListCodec(operand.codec());
		String column = operand.expression();
		switch (condition.operator()) {
			case HAS:
				sql.param(operand.codec().normalize(condition.value(), operand.label()), operand.codec()).append(" = ANY(")
					.append(column).append(")");
				break;
			case HAS_EVERY:
				sql.append(column).append(" @> ").param(codec.normalize(required(condition.value(), operand), operand.label()), codec);
				break;
			case HAS_SOME:
				sql.append(column).append(" && ").param(codec.normalize(required(condition.value(), operand), operand.label()), codec);
				break;
			case IS_EMPTY:
				boolean empty = !Boolean.FALSE.equals(condition.value());
				sql.append("cardinality(").append(column).append(empty ? ") = 0" : ") > 0");
				break;
			case EQUALS:
				if (condition.value() == null) {
					sql.append(column).append(" IS NULL");
				}
				else {
					sql.append(column).append(" = ").param(codec.normalize(condition.value(), operand.label()), codec);
				}
				break;
			default:
				throw new IllegalStateException(condition.operator().name());
		}
	}

	private void jsonCondition(Sql sql, Filter.JsonCondition condition) {
		if (this.operands != null) {
			throw QueryErrors.invalid("JSON filters are not allowed in having.");
		}
		FieldInfo field = this.model.field(condition.field());
		if (field.scalarCodec().kind() != ScalarCodec.Kind.JSON || field.isList()) {
			throw QueryErrors.invalid("`" + field.label() + "` is not a Json field; JSON path filters need one.");
		}
		String column = Operand.column(this.alias, field).expression() + "::jsonb";
		List<String> path = condition.path();
		Object value = condition.value();
		switch (condition.operator()) {
			case EQUALS:
			case NOT:
				boolean equals = condition.operator() == Filter.Operator.EQUALS;
				jsonTarget(sql, column, path);
				if (value == null) {
					sql.append(equals ? " IS NULL" : " IS NOT NULL");
				}
				else {
					sql.append(equals ? " = " : " <> ").param(JsonWriter.toJson(value, field.label()), ScalarCodec.JSONB);
				}
				break;
			case IN:
			case NOT_IN:
				boolean in = condition.operator() == Filter.Operator.IN;
				Collection<?> values = values(value, new Operand(column, ScalarCodec.JSONB, false, field.label()));
				if (values.isEmpty()) {
					sql.append(in ? "FALSE" : "TRUE");
					return;
				}
				List<Json> jsons = new ArrayList<>();
				for (Object item : values) {
					jsons.add(JsonWriter.toJson(item, field.label()));
				}
				sql.append(in ? "" : "NOT (");
				jsonTarget(sql, column, path);
				sql.append(" = ANY(").param(jsons, JSONB_ARRAY).append(")").append(in ? "" : ")");
				break;
			case LT:
			case LTE:
			case GT:
			case GTE:
				if (value == null) {
					throw QueryErrors.wrongValue(field.label(), "a number or a string to compare with", null);
				}
				sql.append("(jsonb_typeof(");
				jsonTarget(sql, column, path);
				sql.append(") = ").append((value instanceof Number) ? "'number'" : "'string'").append(" AND ");
				jsonTarget(sql, column, path);
				sql.append(" ").append(comparison(condition.operator())).append(" ")
					.param(JsonWriter.toJson(value, field.label()), ScalarCodec.JSONB).append(")");
				break;
			case CONTAINS:
			case STARTS_WITH:
			case ENDS_WITH:
				if (value instanceof String text) {
					sql.append("(jsonb_typeof(");
					jsonTarget(sql, column, path);
					sql.append(") = 'string' AND (").append(column).append(" #>> ").param(path, TEXT_ARRAY).append(") LIKE ")
						.param(pattern(condition.operator(), text), ScalarCodec.TEXT).append(" ESCAPE '\\')");
				}
				else {
					jsonArrayCondition(sql, column, path, condition.operator(), value, field);
				}
				break;
			case SEARCH:
				throw QueryErrors.invalid("`" + field.label() + "` is filtered by a JSON path; full-text search takes a"
						+ " String field, not a path in Json.");
			default:
				throw new IllegalStateException(condition.operator().name());
		}
	}

	/**
	 * Prisma's {@code array_contains} (the array holds every element of the value, or the value
	 * itself when it is not an array), {@code array_starts_with} and {@code array_ends_with} (the
	 * first or last element equals the value).
	 */
	private static void jsonArrayCondition(Sql sql, String column, List<String> path, Filter.Operator operator,
			Object value, FieldInfo field) {
		if (value == null) {
			throw QueryErrors.wrongValue(field.label(), "a String, or a Json value for an array filter", null);
		}
		Json json = JsonWriter.toJson(value, field.label());
		sql.append("(jsonb_typeof(");
		jsonTarget(sql, column, path);
		sql.append(") = 'array' AND ");
		jsonTarget(sql, column, path);
		switch (operator) {
			case CONTAINS -> {
				boolean array = json.text().stripLeading().startsWith("[");
				sql.append(" @> ").param(array ? json : new Json("[" + json.text() + "]"), ScalarCodec.JSONB);
			}
			case STARTS_WITH -> sql.append(" -> 0 = ").param(json, ScalarCodec.JSONB);
			default -> sql.append(" -> -1 = ").param(json, ScalarCodec.JSONB);
		}
		sql.append(")");
	}

	private static void jsonTarget(Sql sql, String column, List<String> path) {
		if (path.isEmpty()) {
			sql.append(column);
		}
		else {
			sql.append("(").append(column).append(" #> ").param(path, TEXT_ARRAY).append(")");
		}
	}

	private void relationCondition(Sql sql, Filter.RelationCondition condition) {
		if (this.operands != null) {
			throw QueryErrors.invalid("relation filters are not allowed in having.");
		}
		RelationInfo relation = this.model.relation(condition.relation());
		Filter.Quantifier quantifier = condition.quantifier();
		boolean toMany = quantifier == Filter.Quantifier.SOME || quantifier == Filter.Quantifier.EVERY
				|| quantifier == Filter.Quantifier.NONE;
		if (toMany != relation.isList()) {
			throw QueryErrors.invalid("`" + relation.label() + "` is " + (relation.isList()
					? "a list relation: filter it with some, every or none." : "a to-one relation: filter it with is or isNot."));
		}
		Filter filter = condition.filter();
		boolean exists;
		boolean negateFilter = false;
		switch (quantifier) {
			case SOME -> exists = true;
			case NONE -> exists = false;
			case EVERY -> {
				exists = false;
				negateFilter = true;
			}
			case IS -> exists = filter != null;
			case IS_NOT -> exists = filter == null;
			default -> throw new IllegalStateException(quantifier.name());
		}
		if (filter == null && quantifier == Filter.Quantifier.EVERY) {
			sql.append("TRUE");
			return;
		}
		String child = sql.newAlias();
		sql.append(exists ? "EXISTS (SELECT 1 FROM " : "NOT EXISTS (SELECT 1 FROM ");
		RelationJoins.appendFrom(sql, relation, child);
		sql.append(" WHERE ");
		RelationJoins.appendLink(sql, relation, child, this.alias);
		if (filter != null) {
			sql.append(" AND (");
			new FilterRenderer(relation.related(), child, null).append(sql, filter);
			sql.append(negateFilter ? ") IS NOT TRUE" : ")");
		}
		sql.append(")");
	}

	private static String comparison(Filter.Operator operator) {
		switch (operator) {
			case LT:
				return "<";
			case LTE:
				return "<=";
			case GT:
				return ">";
			case GTE:
				return ">=";
			default:
				throw new IllegalStateException(operator.name());
		}
	}

	private static String text(String column, ScalarCodec codec) {
		return codec.isText() ? column : column + "::text";
	}

	private static String text(Object value, Operand operand) {
		if (value instanceof String || value instanceof java.util.UUID) {
			return value.toString();
		}
		throw QueryErrors.wrongValue(operand.label(), "a String for a text filter", value);
	}

	private static Object required(Object value, Operand operand) {
		if (value == null) {
			throw QueryErrors.wrongValue(operand.label(), "a value to compare with", null);
		}
		return value;
	}

	private static Collection<?> values(Object value, Operand operand) {
		if (value instanceof Collection<?> collection) {
			return collection;
		}
		throw QueryErrors.wrongValue(operand.label(), "a List of values for in/notIn", value);
	}

	private static String pattern(Filter.Operator operator, String text) {
		String escaped = escapeLike(text);
		switch (operator) {
			case CONTAINS:
				return "%" + escaped + "%";
			case STARTS_WITH:
				return escaped + "%";
			case ENDS_WITH:
				return "%" + escaped;
			default:
				throw new IllegalStateException(operator.name());
		}
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
