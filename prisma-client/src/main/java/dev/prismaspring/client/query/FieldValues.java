package dev.prismaspring.client.query;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The scalar values of a {@link WriteData}: an immutable map in the order the values were
 * written, kept as two arrays. A createMany holds one per row, so it is a third of a
 * {@code LinkedHashMap}'s size; a write sets a few fields, so a lookup by scanning is as quick
 * as by hashing.
 */
final class FieldValues extends AbstractMap<String, Object> {

	private static final FieldValues EMPTY = new FieldValues(new String[0], new Object[0]);

	private final String[] names;

	private final Object[] values;

	private int filled;

	private FieldValues(String[] names, Object[] values) {
		this.names = names;
		this.values = values;
	}

	/** @return the map's entries, in its order, as an immutable map (the map itself if it is one) */
	static Map<String, Object> copyOf(Map<String, Object> map) {
		if (map instanceof FieldValues values) {
			return values;
		}
		if (map.isEmpty()) {
			return EMPTY;
		}
		FieldValues copy = new FieldValues(new String[map.size()], new Object[map.size()]);
		map.forEach(copy::fill);
		if (copy.filled != copy.names.length) {
			throw new ConcurrentModificationException("The write data changed while it was copied.");
		}
		return copy;
	}

	// Fills the next free place while copying; a map's forEach need not make an entry per value.
	private void fill(String name, Object value) {
		int index = this.filled++;
		this.names[index] = Objects.requireNonNull(name, "a field name");
		this.values[index] = value;
	}

	@Override
	public int size() {
		return this.names.length;
	}

	@Override
	public boolean containsKey(Object name) {
		return indexOf(name) >= 0;
	}

	@Override
	public Object get(Object name) {
		int index = indexOf(name);
		return (index >= 0) ? this.values[index] : null;
	}

	private int indexOf(Object name) {
		for (int i = 0; i < this.names.length; i++) {
			if (this.names[i] == name) {
				return i;
			}
		}
		for (int i = 0; i < this.names.length; i++) {
			if (this.names[i].equals(name)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public Set<Map.Entry<String, Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public int size() {
				return FieldValues.this.names.length;
			}

			@Override
			public Iterator<Map.Entry<String, Object>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return this.next < FieldValues.this.names.length;
					}

					@Override
					public Map.Entry<String, Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						int index = this.next++;
						return new SimpleImmutableEntry<>(FieldValues.this.names[index], FieldValues.this.values[index]);
					}
				};
			}
		};
	}
}
