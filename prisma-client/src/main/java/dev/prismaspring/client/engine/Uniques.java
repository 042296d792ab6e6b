package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.query.Filter;

/**
 * Reads {@code unique} arguments: field names (or a compound key's name mapped to its fields)
 * to values, covering the primary key or a unique constraint, turned into a filter.
 */
final class Uniques {

	private Uniques() {
	}

	/**
	 * @param model the model
	 * @param unique field name to value; a compound key's name may map to a {@code Map} of its fields
	 * @param operation the operation, for the error message
	 * @return the equality filter
	 */
	static Filter filter(ModelInfo model, Map<String, Object> unique, String operation) {
		Map<String, Object> values = flatten(model, unique);
		if (!coversKey(model, values)) {
			throw QueryErrors.invalid("the unique argument of `" + model.name() + "." + operation + "` must give the"
					+ " primary key or a unique constraint: one of " + keyNames(model) + "; it gave " + values.keySet()
					+ ".");
		}
		List<Filter> conditions = new ArrayList<>(values.size());
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			if (entry.getValue() == null) {
				throw QueryErrors.invalid("the unique argument of `" + model.name() + "." + operation + "` gives `"
						+ entry.getKey() + "` as null; a unique argument names one record by values.");
			}
			conditions.add(new Filter.Condition(entry.getKey(), Filter.Operator.EQUALS, entry.getValue(), false));
		}
		return new Filter.And(conditions);
	}

	static Map<String, Object> flatten(ModelInfo model, Map<String, Object> unique) {
		if (unique == null || unique.isEmpty()) {
			throw QueryErrors.invalid("a unique argument of `" + model.name() + "` is empty; give one of "
					+ keyNames(model) + ".");
		}
		if (namesFieldsOnly(model, unique)) {
			return unique;
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : unique.entrySet()) {
			if (!model.hasField(entry.getKey()) && entry.getValue() instanceof Map<?, ?> compound) {
				for (Map.Entry<?, ?> part : compound.entrySet()) {
					values.put(String.valueOf(part.getKey()), part.getValue());
				}
			}
			else {
				model.field(entry.getKey());
				values.put(entry.getKey(), entry.getValue());
			}
		}
		return values;
	}

	// The usual case: field names only, no compound key's name; the map is then already flat.
	private static boolean namesFieldsOnly(ModelInfo model, Map<String, Object> unique) {
		for (String name : unique.keySet()) {
			if (!model.hasField(name)) {
				return false;
			}
		}
		return true;
	}

	/** @return the unique key whose fields are exactly the given ones, or {@code null} */
	static UniqueKey exactKey(ModelInfo model, Iterable<String> fieldNames) {
		List<String> names = new ArrayList<>();
		fieldNames.forEach(names::add);
		for (UniqueKey key : model.uniqueKeys()) {
			if (!key.partial() && key.fieldNames().size() == names.size() && names.containsAll(key.fieldNames())) {
				return key;
			}
		}
		return null;
	}

	private static boolean coversKey(ModelInfo model, Map<String, Object> values) {
		for (UniqueKey key : model.uniqueKeys()) {
			if (values.keySet().containsAll(key.fieldNames())) {
				return true;
			}
		}
		return false;
	}

	private static List<String> keyNames(ModelInfo model) {
		return model.uniqueKeys().stream().map((key) -> String.join(" + ", key.fieldNames())).toList();
	}
}
