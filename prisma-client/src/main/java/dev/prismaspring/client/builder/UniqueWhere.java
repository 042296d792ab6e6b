package dev.prismaspring.client.builder;

import java.util.Collections;
import java.util.Map;

/**
 * One record's identity: the values of its id or of one of its unique constraints, chosen
 * through a generated unique selector ({@code u -> u.email("alice@prisma.io")}).
 */
public final class UniqueWhere {

	private final Map<String, Object> values;

	/** @param values field name to value, in order, none null; kept, not copied: nothing else may hold it */
	UniqueWhere(Map<String, Object> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	/** @return field name to value, as the engine's {@code unique} arguments take them */
	public Map<String, Object> values() {
		return this.values;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof UniqueWhere unique && unique.values.equals(this.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return this.values.toString();
	}
}
