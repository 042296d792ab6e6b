package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.prismaspring.client.Row;
import dev.prismaspring.client.query.FindArgs;

/**
 * Records as read, before they become {@link Row}s: field name to value, with the fields read
 * only for stitching still in. Also the steps Prisma does in memory: distinct, then pagination.
 */
final class Records {

	static final String COUNT = "_count";

	private Records() {
	}

	/**
	 * Keeps the first record of each combination of the distinct fields, then skips and takes
	 * (a negative take counts from the end). The records are in the requested order.
	 */
	static List<Map<String, Object>> distinct(List<Map<String, Object>> records, FindArgs args) {
		List<Map<String, Object>> kept = new ArrayList<>();
		Set<List<Object>> seen = new HashSet<>();
		for (Map<String, Object> record : records) {
			List<Object> key = new ArrayList<>();
			for (String field : args.distinct()) {
				key.add(comparable(record.get(field)));
			}
			if (seen.add(key)) {
				kept.add(record);
			}
		}
		int skip = (args.skip() != null) ? args.skip() : 0;
		if (args.take() == null) {
			return kept.subList(Math.min(skip, kept.size()), kept.size());
		}
		if (args.take() >= 0) {
			int from = Math.min(skip, kept.size());
			return kept.subList(from, Math.min(kept.size(), from + args.take()));
		}
		int to = Math.max(0, kept.size() - skip);
		return kept.subList(Math.max(0, to + args.take()), to);
	}

	/** @return the value as a map key: bytes compared by content */
	static Object comparable(Object value) {
		return (value instanceof byte[] bytes) ? java.nio.ByteBuffer.wrap(bytes) : value;
	}

	/** @return the records in reverse order (after a query that read them backwards) */
	static List<Map<String, Object>> reversed(List<Map<String, Object>> records) {
		List<Map<String, Object>> reversed = new ArrayList<>(records);
		Collections.reverse(reversed);
		return reversed;
	}

	/**
	 * @return the values of the fields, as a key for grouping: the value itself for one field (the
	 * usual foreign key, no list per record), a list of them for several; {@code null} when one is NULL
	 */
	static Object key(Map<String, Object> record, List<FieldInfo> fields) {
		if (fields.size() == 1) {
			return comparable(record.get(fields.get(0).name()));
		}
		List<Object> key = new ArrayList<>(fields.size());
		for (FieldInfo field : fields) {
			Object value = record.get(field.name());
			if (value == null) {
				return null;
			}
			key.add(comparable(value));
		}
		return key;
	}

	/** @return each record's value of the field, in the records' order */
	static List<Object> values(List<Map<String, Object>> records, FieldInfo field) {
		List<Object> values = new ArrayList<>(records.size());
		for (Map<String, Object> record : records) {
			values.add(record.get(field.name()));
		}
		return values;
	}

	/**
	 * Appends {@code unnest(?::type[], ...)}: one array per field of the records' values, bound as
	 * one parameter each, so that the rows it yields are the records, in order.
	 */
	static void appendUnnest(Sql sql, List<FieldInfo> fields, List<Map<String, Object>> records) {
		List<List<Object>> columns = new ArrayList<>(fields.size());
		for (FieldInfo field : fields) {
			columns.add(values(records, field));
		}
		appendUnnestedColumns(sql, fields, columns);
	}

	/** Appends {@code unnest(?::type[], ...)} of each field's values, the rows it yields in their order. */
	static void appendUnnestedColumns(Sql sql, List<FieldInfo> fields, List<List<Object>> columns) {
		sql.append("unnest(");
		for (int i = 0; i < fields.size(); i++) {
			sql.append((i > 0) ? ", " : "").param(columns.get(i), new ListCodec(fields.get(i).scalarCodec()));
		}
		sql.append(")");
	}

	/** @return the record as the plan's result: its scalars, included relations and counts */
	@SuppressWarnings("unchecked")
	static Row toRow(ReadPlan plan, Map<String, Object> record) {
		if (plan.rowsAreColumns() && record instanceof ColumnRecord columns) {
			Row row = columns.asRowOf(plan.layout());
			if (row != null) {
				return row;
			}
		}
		List<FieldInfo> output = plan.output();
		Object[] values = new Object[plan.layout().size()];
		int index = 0;
		for (int i = 0; i < output.size(); i++) {
			values[index++] = record.get(output.get(i).name());
		}
		for (ReadPlan.Include include : plan.includes()) {
			Object related = record.get(include.relation().name());
			if (related instanceof List<?> list) {
				List<Row> rows = new ArrayList<>(list.size());
				for (Object item : list) {
					rows.add(toRow(include.plan(), (Map<String, Object>) item));
				}
				values[index++] = Collections.unmodifiableList(rows);
			}
			else if (related != null) {
				values[index++] = toRow(include.plan(), (Map<String, Object>) related);
			}
			else {
				values[index++] = include.relation().isList() ? List.of() : null;
			}
		}
		if (!plan.counts().isEmpty()) {
			values[index] = record.get(COUNT);
		}
		return plan.layout().row(values);
	}

	static List<Row> toRows(ReadPlan plan, List<Map<String, Object>> records) {
		List<Row> rows = new ArrayList<>(records.size());
		for (Map<String, Object> record : records) {
			rows.add(toRow(plan, record));
		}
		return Collections.unmodifiableList(rows);
	}
}
