package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Java values as the engine takes them: enums by their schema names, collections as lists. */
final class EngineValues {

	private EngineValues() {
	}

	static Object of(Object value) {
		if (value instanceof PrismaEnum constant) {
			return constant.schemaName();
		}
		if (value instanceof Collection<?> values) {
			return list(values);
		}
		return value;
	}

	static List<Object> list(Collection<?> values) {
		List<Object> converted = new ArrayList<>(values.size());
		for (Object value : values) {
			converted.add(of(value));
		}
		return converted;
	}
}
