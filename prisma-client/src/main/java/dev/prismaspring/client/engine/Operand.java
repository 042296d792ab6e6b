package dev.prismaspring.client.engine;

/**
 * The left side of a scalar condition: a column, or an aggregate in {@code having}.
 *
 * @param expression the SQL expression (identifiers quoted, no values)
 * @param codec the codec of a single value it compares with
 * @param list whether it is a scalar list column
 * @param label what to call it in messages
 */
record Operand(String expression, ScalarCodec codec, boolean list, String label) {

	static Operand column(String alias, FieldInfo field) {
		return new Operand(field.reference(alias), field.scalarCodec(), field.isList(), field.label());
	}
}
