package dev.prismaspring.client.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The scalar columns and relation counts of a plan: how they are selected and read back. */
final class Selects {

	private Selects() {
	}

	/** Appends the plan's columns and count subqueries at {@code alias}, comma-separated. */
	static void appendColumns(Sql sql, ReadPlan plan, String alias) {
		boolean first = true;
		String prefix = Identifiers.quote(alias) + ".";
		for (FieldInfo field : plan.columns()) {
			if (!first) {
				sql.append(", ");
			}
			first = false;
			sql.append(field.codec().selectExpression(prefix + field.quotedColumn()));
		}
		for (RelationInfo relation : plan.counts()) {
			if (!first) {
				sql.append(", ");
			}
			first = false;
			RelationJoins.appendCount(sql, relation, alias, plan.countWhere(relation));
		}
		if (first) {
			sql.append("1");
		}
	}

	/** @return how many result columns {@link #appendColumns} wrote */
	static int width(ReadPlan plan) {
		return Math.max(1, plan.columns().size() + plan.counts().size());
	}

	/** @return the values of the plan's columns, in its column layout, starting at column {@code index} */
	static Object[] values(ResultSet result, ReadPlan plan, int index) throws SQLException {
		Codec[] codecs = plan.codecs();
		Object[] values = new Object[codecs.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = codecs[i].read(result, index + i);
		}
		return values;
	}

	/** Reads what {@link #appendColumns} selected, starting at column {@code index}. */
	static Map<String, Object> read(ResultSet result, ReadPlan plan, int index) throws SQLException {
		Map<String, Object> record = new ColumnRecord(plan.columnLayout(), values(result, plan, index));
		if (!plan.counts().isEmpty()) {
			int column = index + plan.columns().size();
			Map<String, Long> counts = new LinkedHashMap<>();
			for (RelationInfo relation : plan.counts()) {
				counts.put(relation.name(), result.getLong(column++));
			}
			record.put(Records.COUNT, java.util.Collections.unmodifiableMap(counts));
		}
		return record;
	}
}
