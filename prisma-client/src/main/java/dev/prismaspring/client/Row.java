package dev.prismaspring.client;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One record as the engine returns it: scalar values by field name (as Java values: Integer,
 * Long, Double, BigDecimal, Boolean, String, java.time.Instant for DateTime, byte[] for Bytes,
 * a JSON text in {@link Json} for Json, enum values as their schema names, lists as
 * {@link List}, a NULL list as an empty one), related records by relation name ({@code Row},
 * {@code null} or {@code List<Row>}) and relation counts under {@code "_count"} as a
 * {@code Map<String, Long>}.
 * A field that was not asked for is absent: {@link #has(String)} tells a relation that was not
 * loaded from one that is empty.
 */
public final class Row {

	private final Map<String, Object> values;

	/** @param values field name to value, in the order the fields were read */
	public Row(Map<String, Object> values) {
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/**
	 * @param field a field's name
	 * @return whether the record holds the field (it was selected or included)
	 */
	public boolean has(String field) {
		return this.values.containsKey(field);
	}

	/**
	 * @param field a field's name
	 * @return its value
	 * @throws IllegalStateException when the field was not selected or included
	 */
	public Object get(String field) {
		if (!this.values.containsKey(field)) {
			throw new IllegalStateException("The field `" + field + "` was not selected or included in this query;"
					+ " add it to select or include.");
		}
		return this.values.get(field);
	}

	/**
	 * @param relation a to-one relation's name
	 * @return the related record, or {@code null} when there is none
	 */
	public Row one(String relation) {
		return (Row) get(relation);
	}

	/**
	 * @param relation a list relation's name
	 * @return the related records
	 */
	@SuppressWarnings("unchecked")
	public List<Row> many(String relation) {
		return (List<Row>) get(relation);
	}

	/**
	 * @param relation a list relation whose count was asked for
	 * @return the number of related records
	 */
	@SuppressWarnings("unchecked")
	public long count(String relation) {
		return ((Map<String, Long>) get("_count")).get(relation);
	}

	/** @return the field names the record holds */
	public Set<String> fields() {
		return this.values.keySet();
	}

	/** @return the values, by field name */
	public Map<String, Object> asMap() {
		return this.values;
	}

	/**
	 * Rows are equal when they hold the same fields with equal values; byte arrays (alone or in
	 * lists) compare by content.
	 */
	@Override
	public boolean equals(Object other) {
		if (!(other instanceof Row row) || !row.values.keySet().equals(this.values.keySet())) {
			return false;
		}
		for (Map.Entry<String, Object> entry : this.values.entrySet()) {
			if (!same(entry.getValue(), row.values.get(entry.getKey()))) {
				return false;
			}
		}
		return true;
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof List<?> first && b instanceof List<?> second) {
			if (first.size() != second.size()) {
				return false;
			}
			for (int i = 0; i < first.size(); i++) {
				if (!same(first.get(i), second.get(i))) {
					return false;
				}
			}
			return true;
		}
		return Objects.deepEquals(a, b);
	}

	@Override
	public int hashCode() {
		int hash = 0;
		for (Map.Entry<String, Object> entry : this.values.entrySet()) {
			hash += entry.getKey().hashCode() ^ hash(entry.getValue());
		}
		return hash;
	}

	private static int hash(Object value) {
		if (value instanceof byte[] bytes) {
			return Arrays.hashCode(bytes);
		}
		if (value instanceof List<?> list) {
			int hash = 1;
			for (Object element : list) {
				hash = 31 * hash + hash(element);
			}
			return hash;
		}
		return Objects.hashCode(value);
	}

	@Override
	public String toString() {
		return this.values.toString();
	}
}
