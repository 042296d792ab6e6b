package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.Collection;

import dev.prismaspring.client.query.WriteData.Push;

/**
 * A change to a scalar list field in an update: {@code d.tags(t -> t.push("java"))}. One
 * operation per field and update.
 *
 * @param <T> the element type
 */
public final class ListUpdate<T> {

	private final String field;

	private Object value;

	private boolean chosen;

	ListUpdate(String field) {
		this.field = field;
	}

	/** @param values the new list, or {@code null} */
	public void set(Collection<? extends T> values) {
		choose((values != null) ? EngineValues.list(values) : null);
	}

	/** @param value an element to append */
	public void push(T value) {
		choose(new Push(EngineValues.of(value)));
	}

	/** @param values elements to append, in order */
	public void pushAll(Collection<? extends T> values) {
		choose(new Push(EngineValues.list(new ArrayList<>(values))));
	}

	private void choose(Object operation) {
		if (this.chosen) {
			throw QueryValidationException.invalid("Choose one operation for `" + this.field + "` in an update: set or push.");
		}
		this.chosen = true;
		this.value = operation;
	}

	Object value() {
		if (!this.chosen) {
			throw QueryValidationException.invalid("The update of `" + this.field + "` chose no operation: call set or push.");
		}
		return this.value;
	}
}
