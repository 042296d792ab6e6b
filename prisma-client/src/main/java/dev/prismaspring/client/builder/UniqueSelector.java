package dev.prismaspring.client.builder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The base of a generated unique selector ({@code UserWhereUnique}): one method per unique
 * criterion (the id, each {@code @unique} field, each {@code @@id} and {@code @@unique}), each
 * returning the record's identity. A lambda that picks none does not compile.
 */
public abstract class UniqueSelector {

	private final String model;

	/** @param model the model's name, for error messages */
	protected UniqueSelector(String model) {
		this.model = Objects.requireNonNull(model, "model");
	}

	/**
	 * @param namesAndValues field names each followed by its value
	 * @return the identity
	 * @throws QueryValidationException when a value is {@code null}
	 */
	protected final UniqueWhere key(Object... namesAndValues) {
		if (namesAndValues.length == 2) {
			// One field, the usual lookup by id or by a unique column: a map of one entry.
			return new UniqueWhere(Map.of((String) namesAndValues[0], value((String) namesAndValues[0], namesAndValues[1])));
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String field = (String) namesAndValues[i];
			values.put(field, value(field, namesAndValues[i + 1]));
		}
		return new UniqueWhere(values);
	}

	private Object value(String field, Object value) {
		if (value == null) {
			throw QueryValidationException.missing("A unique lookup on `" + this.model + "` needs a value for `"
					+ field + "`, not null: pass the value that identifies the record.");
		}
		return EngineValues.of(value);
	}

	static <K> Map<String, Object> select(K selector, Function<? super K, UniqueWhere> criterion, String operation) {
		UniqueWhere unique = criterion.apply(selector);
		if (unique == null) {
			throw QueryValidationException.invalid("The unique criterion of " + operation
					+ " returned null: return one of the selector's methods, e.g. u -> u.id(1).");
		}
		return unique.values();
	}
}
