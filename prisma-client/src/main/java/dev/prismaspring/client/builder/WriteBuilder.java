package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	private final Map<String, Object> scalars = new LinkedHashMap<>();

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
		this.scalars.put(field, EngineValues.of(value));
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
		this.scalars.put(field, operation.value());
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
		this.scalars.put(field, operation.value());
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

	@SuppressWarnings("unchecked")
	private D self() {
		return (D) this;
	}
}
