package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.query.FindArgs;

/**
 * Reads with {@code relationLoadStrategy: "join"}: one statement. The records of the first level
 * are selected in a derived table (filtered, ordered and paginated), and each included relation
 * is a {@code LEFT JOIN LATERAL} subquery that aggregates the related records to JSON
 * ({@code json_build_array} per record, {@code json_agg} for lists), nested to any depth. The JSON
 * is decoded field by field with each field's codec, so values have the same Java types as with
 * the query strategy.
 */
final class JoinStrategyReader {

	/** PostgreSQL functions take at most 100 arguments; wider records are built of chunks. */
	private static final int MAX_ARGUMENTS = 100;

	private JoinStrategyReader() {
	}

	static List<Map<String, Object>> read(Session session, ReadPlan plan) {
		if (plan.includes().isEmpty()) {
			return QueryStrategyReader.read(session, plan);
		}
		FindArgs args = plan.args();
		ModelInfo model = plan.model();
		Paging paging = Paging.of(model, args);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		List<String> laterals = new ArrayList<>();
		for (int i = 0; i < plan.includes().size(); i++) {
			laterals.add(sql.newAlias());
		}
		sql.append("SELECT ");
		Selects.appendColumns(sql, plan, alias);
		for (String lateral : laterals) {
			sql.append(", ").column(lateral, "j").append("::text");
		}
		sql.append(" FROM (SELECT * FROM ").append(model.table()).append(" AS ").identifier(alias);
		Paging.appendWhere(sql, model, alias, args, paging);
		paging.appendOrderAndLimit(sql, alias);
		sql.append(") AS ").identifier(alias);
		appendLaterals(sql, plan, alias, laterals);
		paging.appendOrder(sql, alias);

		int first = 1 + Selects.width(plan);
		List<Map<String, Object>> records = session.query(sql, (result) -> {
			Map<String, Object> record = Selects.read(result, plan, 1);
			for (int i = 0; i < plan.includes().size(); i++) {
				ReadPlan.Include include = plan.includes().get(i);
				String json = result.getString(first + i);
				record.put(include.relation().name(), (json != null) ? decodeRelation(new JsonReader(json), include)
						: include.relation().isList() ? new ArrayList<>() : null);
			}
			return record;
		});
		return paging.finish(records, args);
	}

	private static void appendLaterals(Sql sql, ReadPlan plan, String parent, List<String> laterals) {
		for (int i = 0; i < plan.includes().size(); i++) {
			sql.append(" LEFT JOIN LATERAL (");
			appendRelation(sql, plan.includes().get(i), parent);
			sql.append(") AS ").identifier(laterals.get(i)).append(" ON TRUE");
		}
	}

	private static void appendRelation(Sql sql, ReadPlan.Include include, String parent) {
		RelationInfo relation = include.relation();
		ReadPlan plan = include.plan();
		FindArgs args = plan.args();
		ModelInfo related = relation.related();
		String child = sql.newAlias();
		List<String> laterals = new ArrayList<>();
		for (int i = 0; i < plan.includes().size(); i++) {
			laterals.add(sql.newAlias());
		}
		if (!relation.isList()) {
			sql.append("SELECT ");
			appendRecord(sql, plan, child, laterals);
			sql.append(" AS \"j\" FROM ");
			RelationJoins.appendFrom(sql, relation, child);
			appendLaterals(sql, plan, child, laterals);
			sql.append(" WHERE ");
			RelationJoins.appendLink(sql, relation, child, parent);
			sql.append(" AND ");
			FilterRenderer.render(sql, related, child, args.where());
			sql.append(" LIMIT 1");
			return;
		}
		Paging paging = Paging.of(related, args);
		boolean numbered = paging.ordered() && !paging.order().isEmpty();
		String rows = sql.newAlias();
		sql.append("SELECT COALESCE(json_agg(").column(rows, "j");
		if (numbered) {
			sql.append(" ORDER BY ").column(rows, "r").append(paging.reverseAfter() ? " DESC" : "");
		}
		sql.append("), '[]'::json) AS \"j\" FROM (SELECT ");
		appendRecord(sql, plan, child, laterals);
		sql.append(" AS \"j\"");
		if (numbered) {
			sql.append(", row_number() OVER (ORDER BY ");
			paging.order().appendOrder(sql, child);
			sql.append(") AS \"r\"");
		}
		sql.append(" FROM ");
		RelationJoins.appendFrom(sql, relation, child);
		appendLaterals(sql, plan, child, laterals);
		sql.append(" WHERE ");
		RelationJoins.appendLink(sql, relation, child, parent);
		sql.append(" AND ");
		FilterRenderer.render(sql, related, child, args.where());
		if (args.cursor() != null) {
			sql.append(" AND ");
			paging.cursorOrder().appendCursor(sql, child, args.cursor());
		}
		paging.appendOrderAndLimit(sql, child);
		sql.append(") AS ").identifier(rows);
	}

	/** Appends {@code json_build_array(columns..., included..., counts...)}. */
	private static void appendRecord(Sql sql, ReadPlan plan, String alias, List<String> laterals) {
		List<String> elements = new ArrayList<>();
		for (FieldInfo field : plan.columns()) {
			elements.add(field.codec().jsonExpression(field.reference(alias)));
		}
		for (String lateral : laterals) {
			elements.add(Identifiers.quote(lateral) + ".\"j\"");
		}
		int counts = elements.size();
		for (int i = 0; i < plan.counts().size(); i++) {
			elements.add(null);
		}
		boolean chunked = elements.size() > MAX_ARGUMENTS;
		sql.append(chunked ? "json_build_array(json_build_array(" : "json_build_array(");
		for (int i = 0; i < elements.size(); i++) {
			if (i > 0) {
				sql.append((chunked && i % MAX_ARGUMENTS == 0) ? "), json_build_array(" : ", ");
			}
			if (i < counts) {
				sql.append(elements.get(i));
			}
			else {
				RelationInfo counted = plan.counts().get(i - counts);
				RelationJoins.appendCount(sql, counted, alias, plan.countWhere(counted));
			}
		}
		sql.append(chunked ? "))" : ")");
	}

	private static Object decodeRelation(JsonReader reader, ReadPlan.Include include) {
		if (!include.relation().isList()) {
			return reader.nextIsNull() ? null : decodeRecord(reader, include.plan());
		}
		List<Map<String, Object>> records = new ArrayList<>();
		if (reader.nextIsNull()) {
			return records;
		}
		reader.beginArray();
		while (reader.hasNext()) {
			records.add(decodeRecord(reader, include.plan()));
		}
		reader.endArray();
		return include.plan().args().distinct().isEmpty() ? records
				: Records.distinct(records, include.plan().args());
	}

	private static Map<String, Object> decodeRecord(JsonReader reader, ReadPlan plan) {
		Elements elements = new Elements(reader,
				plan.columns().size() + plan.includes().size() + plan.counts().size());
		Map<String, Object> record = new LinkedHashMap<>();
		for (FieldInfo field : plan.columns()) {
			elements.next();
			record.put(field.name(), field.codec().fromJson(reader));
		}
		for (ReadPlan.Include include : plan.includes()) {
			elements.next();
			record.put(include.relation().name(), decodeRelation(reader, include));
		}
		if (!plan.counts().isEmpty()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (RelationInfo relation : plan.counts()) {
				elements.next();
				counts.put(relation.name(), Long.parseLong(reader.readNumber()));
			}
			record.put(Records.COUNT, java.util.Collections.unmodifiableMap(counts));
		}
		elements.end();
		return record;
	}

	/** Steps through the elements of a record's array, chunked or not. */
	private static final class Elements {

		private final JsonReader reader;

		private final boolean chunked;

		private int index;

		Elements(JsonReader reader, int size) {
			this.reader = reader;
			this.chunked = size > MAX_ARGUMENTS;
			reader.beginArray();
			if (this.chunked) {
				reader.beginArray();
			}
		}

		void next() {
			if (this.chunked && this.index > 0 && this.index % MAX_ARGUMENTS == 0) {
				this.reader.endArray();
				this.reader.hasNext();
				this.reader.beginArray();
			}
			this.reader.hasNext();
			this.index++;
		}

		void end() {
			if (this.chunked) {
				this.reader.endArray();
			}
			this.reader.endArray();
		}
	}
}
