package dev.prismaspring.client.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.query.WriteData;

/**
 * The rows of a createMany turned around: one array of values per column, a row being a position
 * in each. Only rows that all write the same columns fit (an array has no {@code DEFAULT}), and
 * no list column (unnest would flatten it); {@link #of} says when they do not.
 *
 * @param columns the columns, in the model's order
 * @param values each column's values, one per row, normalized for the column's codec
 */
record ColumnArrays(List<FieldInfo> columns, Object[][] values) {

	/**
	 * Reads the rows straight into arrays, with the client's defaults ({@code @updatedAt}, generated
	 * identifiers) filled in, and no map per row.
	 * @return the arrays, or {@code null} when the rows do not fit: a row leaves out a field
	 * another writes (that row needs the column's default), writes a field the model does not have,
	 * or a list field
	 */
	static ColumnArrays of(ModelInfo model, List<WriteData> rows, Instant now) {
		Map<String, Object> first = rows.get(0).scalars();
		List<FieldInfo> columns = new ArrayList<>();
		for (FieldInfo field : model.fields()) {
			boolean written = first.containsKey(field.name());
			if (written || ClientDefaults.onCreate(field, now) != null) {
				if (field.isList()) {
					return null;
				}
				columns.add(field);
			}
		}
		if (columns.isEmpty()) {
			return null;
		}
		Object[][] values = new Object[columns.size()][rows.size()];
		for (int r = 0; r < rows.size(); r++) {
			Map<String, Object> row = rows.get(r).scalars();
			int written = 0;
			for (int c = 0; c < values.length; c++) {
				FieldInfo field = columns.get(c);
				Object value = row.get(field.name());
				if (value != null || row.containsKey(field.name())) {
					values[c][r] = Writes.createValue(field, value);
					written++;
				}
				else if ((value = ClientDefaults.onCreate(field, now)) != null) {
					values[c][r] = value;
				}
				else {
					return null;
				}
			}
			if (written != row.size()) {
				return null;
			}
		}
		return new ColumnArrays(columns, values);
	}

	int rows() {
		return this.values[0].length;
	}

	/** @return the values of each column for the rows {@code from} (inclusive) to {@code to} (exclusive) */
	List<List<Object>> slice(int from, int to) {
		List<List<Object>> slice = new ArrayList<>(this.values.length);
		for (Object[] column : this.values) {
			slice.add(Arrays.asList(column).subList(from, to));
		}
		return slice;
	}
}
