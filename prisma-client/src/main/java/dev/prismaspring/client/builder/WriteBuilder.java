package dev.prismaspring.client.builder;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.WriteData;

/**
 * The base of generated write data ({@code UserCreate}, {@code UserUpdate}): one method per
 * field sets its value, and relation methods take nested writes:
 * {@code d -> d.title("Hello").author(a -> a.connect(u -> u.email("alice@prisma.io")))}.
 *
 * @param <D> the generated data
 */
public abstract class WriteBuilder<D extends WriteBuilder<D>> {

	// The scalar values in the order set (a field set twice keeps its first place, as in a map):
	// arrays, not a map, since every row of a createMany is a builder.
	private String[] names = new String[8];

	private Object[] values = new Object[8];

	private int size;

	private final Map<String, Object> scalars = new ScalarView();

	// Made on the first nested write: most data, and every row of a createMany, has none.
	private Map<String, List<NestedWrite>> relations = Map.of();

	/** Creates empty data. */
	protected WriteBuilder() {
	}

	/**
	 * @param field a scalar field's name
	 * @param value its value; {@code null} writes NULL
	 * @return this data
	 */
	protected final D set(String field, Object value) {
		put(field, EngineValues.of(value));
		return self();
	}

	/**
	 * @param <N> the field's Java type
	 * @param field a number field's name
	 * @param update the atomic operation
	 * @return this data
	 */
	protected final <N extends Number> D atomic(String field, Consumer<? super NumberUpdate<N>> update) {
		NumberUpdate<N> operation = new NumberUpdate<>(field);
		update.accept(operation);
		put(field, operation.value());
		return self();
	}

	/**
	 * @param <T> the element type
	 * @param field a scalar list field's name
	 * @param update the change: set or push
	 * @return this data
	 */
	protected final <T> D listUpdate(String field, Consumer<? super ListUpdate<T>> update) {
		ListUpdate<T> operation = new ListUpdate<>(field);
		update.accept(operation);
		put(field, operation.value());
		return self();
	}

	/**
	 * @param <R> the kind of nested writes
	 * @param relation a relation's name
	 * @param writes the nested writes the relation allows here
	 * @param body what to write
	 * @return this data
	 */
	protected final <R extends NestedWrites> D relation(String relation, R writes, Consumer<? super R> body) {
		body.accept(writes);
		if (this.relations.isEmpty()) {
			this.relations = new LinkedHashMap<>();
		}
		this.relations.computeIfAbsent(relation, (name) -> new ArrayList<>()).addAll(writes.writes());
		return self();
	}

	/**
	 * @return the engine's write data
	 * @throws QueryValidationException when a create misses a required field
	 */
	public final WriteData build() {
		check();
		return new WriteData(this.scalars, this.relations);
	}

	void check() {
	}

	final Map<String, Object> scalars() {
		return this.scalars;
	}

	final Map<String, List<NestedWrite>> relationWrites() {
		return this.relations;
	}

	private int indexOf(Object field) {
		for (int i = 0; i < this.size; i++) {
			if (this.names[i].equals(field)) {
				return i;
			}
		}
		return -1;
	}

	private void put(String field, Object value) {
		int index = indexOf(field);
		if (index >= 0) {
			this.values[index] = value;
			return;
		}
		if (this.size == this.names.length) {
			this.names = Arrays.copyOf(this.names, this.size * 2);
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.names[this.size] = field;
		this.values[this.size++] = value;
	}

	@SuppressWarnings("unchecked")
	private D self() {
		return (D) this;
	}

	// The values as a read-only map, for build() and the required-field check; forEach reads the
	// arrays without an entry per value.
	private final class ScalarView extends AbstractMap<String, Object> {

		@Override
		public int size() {
			return WriteBuilder.this.size;
		}

		@Override
		public boolean containsKey(Object name) {
			return indexOf(name) >= 0;
		}

		@Override
		public Object get(Object name) {
			int index = indexOf(name);
			return (index >= 0) ? WriteBuilder.this.values[index] : null;
		}

		@Override
		public void forEach(BiConsumer<? super String, ? super Object> action) {
			for (int i = 0; i < WriteBuilder.this.size; i++) {
				action.accept(WriteBuilder.this.names[i], WriteBuilder.this.values[i]);
			}
		}

		@Override
		public Set<Map.Entry<String, Object>> entrySet() {
			Set<Map.Entry<String, Object>> entries = new LinkedHashSet<>();
			forEach((name, value) -> entries.add(new SimpleImmutableEntry<>(name, value)));
			return Collections.unmodifiableSet(entries);
		}
	}
}
