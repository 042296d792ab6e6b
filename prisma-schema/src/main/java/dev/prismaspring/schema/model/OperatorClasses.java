package dev.prismaspring.schema.model;

import java.util.Map;

/**
 * PostgreSQL operator classes as the schema names them ({@code JsonbPathOps}, {@code Int4MinMaxOps})
 * turned into their database names ({@code jsonb_path_ops}, {@code int4_minmax_ops}).
 */
final class OperatorClasses {

	// Words PostgreSQL writes as one, although the schema spells them in two capitalised parts.
	private static final Map<String, String> JOINED_WORDS = Map.of("MinMax", "Minmax", "TimestampTz", "Timestamptz",
			"TimeTz", "Timetz", "VarBit", "Varbit", "TsVector", "Tsvector", "BpChar", "Bpchar");

	private OperatorClasses() {
	}

	static String databaseName(String schemaName) {
		String name = schemaName;
		for (Map.Entry<String, String> word : JOINED_WORDS.entrySet()) {
			name = name.replace(word.getKey(), word.getValue());
		}
		StringBuilder snake = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				snake.append('_');
			}
			snake.append(Character.toLowerCase(c));
		}
		return snake.toString();
	}
}
