package dev.prismaspring.client;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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

	private final Layout layout;

	private final Object[] values;

	private Map<String, Object> view;

	/** @param values field name to value, in the order the fields were read */
	public Row(Map<String, Object> values) {
		this.layout = Layout.of(values.keySet());
		this.values = values.values().toArray();
	}

	private Row(Layout layout, Object[] values) {
		this.layout = layout;
		this.values = values;
	}

	/**
	 * @param field a field's name
	 * @return whether the record holds the field (it was selected or included)
	 */
	public boolean has(String field) {
		return this.layout.index(field) >= 0;
	}

	/**
	 * @param field a field's name
	 * @return its value
	 * @throws IllegalStateException when the field was not selected or included
	 */
	public Object get(String field) {
		int index = this.layout.index(field);
		if (index < 0) {
			throw new IllegalStateException("The field `" + field + "` was not selected or included in this query;"
					+ " add it to select or include.");
		}
		return this.values[index];
	}

	/**
	 * @param field a field's name
	 * @return its value, or {@code null} when the record does not hold the field
	 */
	public Object getOrNull(String field) {
		int index = this.layout.index(field);
		return (index >= 0) ? this.values[index] : null;
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

	/** @return the field names the record holds, in the order they were read */
	public Set<String> fields() {
		return asMap().keySet();
	}

	/** @return the values, by field name, in the order they were read (unmodifiable) */
	public Map<String, Object> asMap() {
		Map<String, Object> view = this.view;
		if (view == null) {
			view = new View();
			this.view = view;
		}
		return view;
	}

	/**
	 * The field names of many rows read by one query, shared by them: a row of a layout holds
	 * only its values.
	 */
	public static final class Layout {

		private static final int SCANNED = 8;

		private final String[] names;

		private final Map<String, Integer> indexes;

		/**
		 * One bit per name, chosen by the low six bits of its hash: a name whose bit is clear is
		 * not in the layout. Generated records ask every row for relations a query did not
		 * include, so most of the misses end here, without a map lookup.
		 */
		private final long hashBits;

		private Layout(String[] names) {
			this.names = names;
			this.indexes = new HashMap<>();
			long hashBits = 0;
			for (int i = 0; i < names.length; i++) {
				names[i] = Objects.requireNonNull(names[i], "field name").intern();
				if (this.indexes.putIfAbsent(names[i], i) != null) {
					throw new IllegalArgumentException("The field `" + names[i] + "` appears twice in a row layout.");
				}
				hashBits |= 1L << names[i].hashCode();
			}
			this.hashBits = hashBits;
		}

		/**
		 * @param names the field names, in order, each once
		 * @return the layout
		 */
		public static Layout of(Collection<String> names) {
			return new Layout(names.toArray(new String[0]));
		}

		/** @return the field names, in order */
		public List<String> names() {
			return List.of(this.names);
		}

		/** @return the number of fields */
		public int size() {
			return this.names.length;
		}

		/**
		 * @param values one value per field, in the layout's order; the array is kept, not copied,
		 * so it must not be changed afterwards
		 * @return the row
		 */
		public Row row(Object[] values) {
			if (values.length != this.names.length) {
				throw new IllegalArgumentException(
						"A row of this layout has " + this.names.length + " values, not " + values.length + ".");
			}
			return new Row(this, values);
		}

		/**
		 * @param name a field's name
		 * @return its position in the layout, or -1 when the layout has no such field
		 */
		public int index(String name) {
			if (name == null || (this.hashBits & (1L << name.hashCode())) == 0) {
				return -1;
			}
			String[] names = this.names;
			if (names.length <= SCANNED) {
				for (int i = 0; i < names.length; i++) {
					if (names[i] == name) {
						return i;
					}
				}
			}
			Integer index = this.indexes.get(name);
			return (index != null) ? index : -1;
		}
	}

	/** The row as an unmodifiable map, in the layout's order. */
	private final class View extends AbstractMap<String, Object> {

		@Override
		public int size() {
			return Row.this.values.length;
		}

		@Override
		public boolean containsKey(Object key) {
			return (key instanceof String name) && has(name);
		}

		@Override
		public Object get(Object key) {
			return (key instanceof String name) ? getOrNull(name) : null;
		}

		@Override
		public Set<Entry<String, Object>> entrySet() {
			return new AbstractSet<>() {

				@Override
				public int size() {
					return Row.this.values.length;
				}

				@Override
				public Iterator<Entry<String, Object>> iterator() {
					return new Iterator<>() {

						private int next;

						@Override
						public boolean hasNext() {
							return this.next < Row.this.values.length;
						}

						@Override
						public Entry<String, Object> next() {
							if (!hasNext()) {
								throw new NoSuchElementException();
							}
							int index = this.next++;
							return new SimpleImmutableEntry<>(Row.this.layout.names[index], Row.this.values[index]);
						}
					};
				}
			};
		}
	}

	/**
	 * Rows are equal when they hold the same fields with equal values; byte arrays (alone or in
	 * lists) compare by content.
	 */
	@Override
	public boolean equals(Object other) {
		if (!(other instanceof Row row) || row.values.length != this.values.length) {
			return false;
		}
		for (int i = 0; i < this.values.length; i++) {
			int index = row.layout.index(this.layout.names[i]);
			if (index < 0 || !same(this.values[i], row.values[index])) {
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
		for (int i = 0; i < this.values.length; i++) {
			hash += this.layout.names[i].hashCode() ^ hash(this.values[i]);
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
		return asMap().toString();
	}
}
