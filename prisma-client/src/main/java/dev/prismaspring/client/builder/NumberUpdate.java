package dev.prismaspring.client.builder;

import dev.prismaspring.client.query.WriteData.Atomic;
import dev.prismaspring.client.query.WriteData.Atomic.Operation;

/**
 * An atomic change to a number field in an update: {@code d.views(v -> v.increment(1))}. One
 * operation per field and update.
 *
 * @param <N> the field's Java type
 */
public final class NumberUpdate<N extends Number> {

	private final String field;

	private Object value;

	private boolean chosen;

	NumberUpdate(String field) {
		this.field = field;
	}

	/** @param value the new value, or {@code null} */
	public void set(N value) {
		choose(value);
	}

	/** @param value what to add */
	public void increment(N value) {
		choose(new Atomic(Operation.INCREMENT, value));
	}

	/** @param value what to subtract */
	public void decrement(N value) {
		choose(new Atomic(Operation.DECREMENT, value));
	}

	/** @param value what to multiply by */
	public void multiply(N value) {
		choose(new Atomic(Operation.MULTIPLY, value));
	}

	/** @param value what to divide by */
	public void divide(N value) {
		choose(new Atomic(Operation.DIVIDE, value));
	}

	private void choose(Object operation) {
		if (this.chosen) {
			throw QueryValidationException.invalid("Choose one operation for `" + this.field
					+ "` in an update: set, increment, decrement, multiply or divide.");
		}
		this.chosen = true;
		this.value = operation;
	}

	Object value() {
		if (!this.chosen) {
			throw QueryValidationException.invalid("The update of `" + this.field
					+ "` chose no operation: call set, increment, decrement, multiply or divide.");
		}
		return this.value;
	}
}
