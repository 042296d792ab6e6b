package dev.prismaspring.client;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.OrderBy;
import dev.prismaspring.client.query.WriteData;

/** Short ways to write query arguments in tests. */
final class Q {

	private Q() {
	}

	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static Filter is(String field, Operator operator, Object value) {
		return new Filter.Condition(field, operator, value, false);
	}

	static Filter eq(String field, Object value) {
		return is(field, Operator.EQUALS, value);
	}

	static Filter insensitive(String field, Operator operator, Object value) {
		return new Filter.Condition(field, operator, value, true);
	}

	static Filter and(Filter... filters) {
		return new Filter.And(List.of(filters));
	}

	static Filter or(Filter... filters) {
		return new Filter.Or(List.of(filters));
	}

	static Filter not(Filter... filters) {
		return new Filter.Not(List.of(filters));
	}

	static Filter relation(String relation, Filter.Quantifier quantifier, Filter filter) {
		return new Filter.RelationCondition(relation, quantifier, filter);
	}

	static FindArgs where(Filter filter) {
		return FindArgs.ALL.withWhere(filter);
	}

	static FindArgs orderBy(OrderBy... order) {
		return FindArgs.ALL.withOrderBy(List.of(order));
	}

	static OrderBy asc(String field) {
		return new OrderBy.ByField(field, OrderBy.Direction.ASC, OrderBy.Nulls.DEFAULT);
	}

	static OrderBy desc(String field) {
		return new OrderBy.ByField(field, OrderBy.Direction.DESC, OrderBy.Nulls.DEFAULT);
	}

	static WriteData data(Object... keysAndValues) {
		return new WriteData(map(keysAndValues), Map.of());
	}

	static WriteData data(Map<String, Object> scalars, String relation, NestedWrite... writes) {
		return new WriteData(scalars, Map.of(relation, Arrays.asList(writes)));
	}

	static WriteData with(WriteData data, String relation, NestedWrite... writes) {
		Map<String, List<NestedWrite>> relations = new LinkedHashMap<>(data.relations());
		relations.put(relation, Arrays.asList(writes));
		return new WriteData(data.scalars(), relations);
	}

	static WriteData.Atomic atomic(WriteData.Atomic.Operation operation, Number value) {
		return new WriteData.Atomic(operation, value);
	}

	static List<Object> ids(List<Row> rows) {
		return rows.stream().map((row) -> row.get("id")).toList();
	}

	static List<Object> values(List<Row> rows, String field) {
		return rows.stream().map((row) -> row.get(field)).toList();
	}
}
