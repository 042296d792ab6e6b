package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.Row;
import dev.prismaspring.client.query.FindArgs;

/**
 * Reads with {@code relationLoadStrategy: "query"}: one statement for the records, then one per
 * included relation and level, with the keys of all parent records bound as arrays; related
 * records are stitched to their parents in memory. Per-parent pagination of a list relation is a
 * window function partitioned by the parent's key.
 */
final class QueryStrategyReader {

	private static final String PARENT_KEY = "__parent";

	private QueryStrategyReader() {
	}

	static List<Map<String, Object>> read(Session session, ReadPlan plan) {
		Paging paging = Paging.of(plan.model(), plan.args());
		List<Map<String, Object>> records = session.query(statement(plan, paging),
				(result) -> Selects.read(result, plan, 1));
		records = paging.finish(records, plan.args());
		loadIncludes(session, plan, records);
		return records;
	}

	/**
	 * @return whether {@link #readRows} can read the plan: its rows are its columns (no include, no
	 * count, no column read only for stitching) and nothing is left to do in memory but turning the
	 * rows around
	 */
	static boolean readsRows(ReadPlan plan) {
		return plan.rowsAreColumns() && plan.args().distinct().isEmpty();
	}

	/**
	 * The same statement as {@link #read}, for a plan that {@link #readsRows}: each row of the
	 * result becomes a {@link Row} at once, without a record in between.
	 */
	static List<Row> readRows(Session session, ReadPlan plan) {
		Paging paging = Paging.of(plan.model(), plan.args());
		Row.Layout layout = plan.layout();
		List<Row> rows = session.query(statement(plan, paging), (result) -> layout.row(Selects.values(result, plan, 1)));
		if (paging.reverseAfter()) {
			Collections.reverse(rows);
		}
		return Collections.unmodifiableList(rows);
	}

	private static Sql statement(ReadPlan plan, Paging paging) {
		ModelInfo model = plan.model();
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("SELECT ");
		Selects.appendColumns(sql, plan, alias);
		sql.append(" FROM ").append(model.table()).append(" AS ").identifier(alias);
		Paging.appendWhere(sql, model, alias, plan.args(), paging);
		paging.appendOrderAndLimit(sql, alias);
		return sql;
	}

	/** Loads the plan's included relations into the given records (all of one level). */
	static void loadIncludes(Session session, ReadPlan plan, List<Map<String, Object>> parents) {
		for (ReadPlan.Include include : plan.includes()) {
			load(session, include, parents);
		}
	}

	private static void load(Session session, ReadPlan.Include include, List<Map<String, Object>> parents) {
		RelationInfo relation = include.relation();
		String name = relation.name();
		Map<Object, List<Map<String, Object>>> parentsByKey = new LinkedHashMap<>();
		List<Map<String, Object>> representatives = new ArrayList<>();
		for (Map<String, Object> parent : parents) {
			parent.put(name, relation.isList() ? List.of() : null);
			Object key = Records.key(parent, relation.local());
			if (key != null) {
				parentsByKey.computeIfAbsent(key, (k) -> {
					representatives.add(parent);
					return new ArrayList<>();
				}).add(parent);
			}
		}
		if (parentsByKey.isEmpty()) {
			return;
		}
		ReadPlan plan = include.plan();
		FindArgs args = plan.args();
		ModelInfo related = relation.related();
		Paging paging = Paging.of(related, args);
		boolean window = relation.isList() && !paging.inMemory() && (paging.limit() != null || paging.offset() != null);
		boolean joinTable = relation.kind() == RelationInfo.Kind.JOIN_TABLE;

		Sql sql = new Sql();
		String child = sql.newAlias();
		if (window) {
			sql.append("SELECT * FROM (");
		}
		sql.append("SELECT ");
		Selects.appendColumns(sql, plan, child);
		if (joinTable) {
			sql.append(", ");
			RelationJoins.appendOwnerKey(sql, relation, child);
		}
		if (window) {
			sql.append(", row_number() OVER (PARTITION BY ");
			RelationJoins.appendOwnerKey(sql, relation, child);
			if (!paging.order().isEmpty()) {
				sql.append(" ORDER BY ");
				paging.order().appendOrder(sql, child);
			}
			sql.append(") AS \"__rn\"");
		}
		sql.append(" FROM ");
		RelationJoins.appendFrom(sql, relation, child);
		sql.append(" WHERE ");
		appendKeyMatch(sql, relation, child, representatives);
		sql.append(" AND ");
		FilterRenderer.render(sql, related, child, args.where());
		if (args.cursor() != null) {
			sql.append(" AND ");
			paging.cursorOrder().appendCursor(sql, child, args.cursor());
		}
		if (window) {
			String outer = sql.newAlias();
			int skip = (paging.offset() != null) ? paging.offset() : 0;
			sql.append(") AS ").identifier(outer).append(" WHERE ").column(outer, "__rn").append(" > ").param(skip);
			if (paging.limit() != null) {
				sql.append(" AND ").column(outer, "__rn").append(" <= ").param((long) skip + paging.limit());
			}
			sql.append(" ORDER BY ").column(outer, "__rn");
		}
		else {
			paging.appendOrder(sql, child);
		}

		int keyColumn = 1 + Selects.width(plan);
		FieldInfo ownerKey = relation.local().get(0);
		List<Map<String, Object>> rows = session.query(sql, (result) -> {
			Map<String, Object> record = Selects.read(result, plan, 1);
			if (joinTable) {
				record.put(PARENT_KEY, ownerKey.codec().read(result, keyColumn));
			}
			return record;
		});

		Map<Object, List<Map<String, Object>>> childrenByKey = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			Object key = joinTable ? Records.comparable(row.remove(PARENT_KEY)) : Records.key(row, relation.remote());
			childrenByKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(row);
		}
		List<Map<String, Object>> loaded = new ArrayList<>();
		for (Map.Entry<Object, List<Map<String, Object>>> entry : childrenByKey.entrySet()) {
			List<Map<String, Object>> children = paging.finish(entry.getValue(), args);
			entry.setValue(children);
			loaded.addAll(children);
		}
		for (Map.Entry<Object, List<Map<String, Object>>> entry : parentsByKey.entrySet()) {
			List<Map<String, Object>> children = childrenByKey.getOrDefault(entry.getKey(), List.of());
			Object value = relation.isList() ? children : (children.isEmpty() ? null : children.get(0));
			for (Map<String, Object> parent : entry.getValue()) {
				parent.put(name, value);
			}
		}
		loadIncludes(session, plan, loaded);
	}

	private static void appendKeyMatch(Sql sql, RelationInfo relation, String child,
			List<Map<String, Object>> parents) {
		List<FieldInfo> local = relation.local();
		if (local.size() == 1 || relation.kind() == RelationInfo.Kind.JOIN_TABLE) {
			FieldInfo field = local.get(0);
			RelationJoins.appendOwnerKey(sql, relation, child);
			sql.append(" = ANY(").param(Records.values(parents, field), new ListCodec(field.scalarCodec())).append(")");
			return;
		}
		sql.append("(");
		RelationJoins.appendOwnerKey(sql, relation, child);
		sql.append(") IN (SELECT * FROM ");
		Records.appendUnnest(sql, local, parents);
		sql.append(")");
	}
}
