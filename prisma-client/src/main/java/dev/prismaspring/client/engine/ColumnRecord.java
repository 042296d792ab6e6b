package dev.prismaspring.client.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.prismaspring.client.Row;

/**
 * A record as read from a result: the values of a plan's columns in an array indexed by the
 * plan's column layout, plus whatever stitching adds (related records, parent keys, counts) by
 * name. Cheaper per row than a hash map, and when the plan's rows are its columns the array
 * becomes the {@link Row}'s as it is.
 */
final class ColumnRecord extends AbstractMap<String, Object> {

	private final Row.Layout layout;

	private final Object[] values;

	private Map<String, Object> added;

	/**
	 * @param layout the names of the columns
	 * @param values their values, in the layout's order (kept, not copied)
	 */
	ColumnRecord(Row.Layout layout, Object[] values) {
		this.layout = layout;
		this.values = values;
	}

	/**
	 * @param layout the layout of the rows wanted
	 * @return this record as a row of that layout, sharing its values, when the record holds
	 * exactly that layout's fields; {@code null} otherwise
	 */
	Row asRowOf(Row.Layout layout) {
		return (layout == this.layout && this.added == null) ? layout.row(this.values) : null;
	}

	@Override
	public Object get(Object key) {
		if (key instanceof String name) {
			int index = this.layout.index(name);
			if (index >= 0) {
				return this.values[index];
			}
		}
		return (this.added != null) ? this.added.get(key) : null;
	}

	@Override
	public boolean containsKey(Object key) {
		return ((key instanceof String name) && this.layout.index(name) >= 0)
				|| (this.added != null && this.added.containsKey(key));
	}

	@Override
	public Object put(String key, Object value) {
		int index = this.layout.index(key);
		if (index >= 0) {
			Object old = this.values[index];
			this.values[index] = value;
			return old;
		}
		if (this.added == null) {
			this.added = new HashMap<>(4);
		}
		return this.added.put(key, value);
	}

	@Override
	public Object remove(Object key) {
		if ((key instanceof String name) && this.layout.index(name) >= 0) {
			throw new UnsupportedOperationException("A column of a record read is not removed: `" + name + "`.");
		}
		return (this.added != null) ? this.added.remove(key) : null;
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		List<Entry<String, Object>> entries = new ArrayList<>(this.values.length);
		List<String> names = this.layout.names();
		for (int i = 0; i < this.values.length; i++) {
			entries.add(new SimpleEntry<>(names.get(i), this.values[i]));
		}
		if (this.added != null) {
			entries.addAll(this.added.entrySet());
		}
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, Object>> iterator() {
				return entries.iterator();
			}

			@Override
			public int size() {
				return entries.size();
			}
		};
	}
}
