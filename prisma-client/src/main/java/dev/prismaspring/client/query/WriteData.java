package dev.prismaspring.client.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of a create or update: scalar values (or atomic operations, in updates) and
 * nested writes on relations.
 *
 * @param scalars field name to value, or (in updates) to an {@link Atomic} operation or a {@link Push}
 * @param relations relation field name to the nested writes on it, in order
 */
public record WriteData(Map<String, Object> scalars, Map<String, List<NestedWrite>> relations) {

	/** Nothing to write. */
	public static final WriteData EMPTY = new WriteData(Map.of(), Map.of());

	public WriteData {
		scalars = FieldValues.copyOf(scalars);
		relations = relations.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(relations));
	}

	/**
	 * An atomic number operation in an update: {@code views: { increment: 1 }}. A NULL column stays
	 * NULL; {@code DIVIDE} on an Int field divides as integers.
	 *
	 * @param operation the operation
	 * @param value its operand
	 */
	public record Atomic(Operation operation, Number value) {

		/** The operations Prisma Client offers. */
		public enum Operation {
			SET, INCREMENT, DECREMENT, MULTIPLY, DIVIDE
		}
	}

	/**
	 * Appends to a scalar list in an update: {@code tags: { push: "java" }}. A NULL list becomes
	 * the pushed elements.
	 *
	 * @param value one element, or a {@link List} of elements to append in order
	 */
	public record Push(Object value) {
	}
}
