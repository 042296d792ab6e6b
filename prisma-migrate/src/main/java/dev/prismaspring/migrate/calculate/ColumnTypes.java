package dev.prismaspring.migrate.calculate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.prismaspring.migrate.sql.ColumnType;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.model.EnumType;
import dev.prismaspring.schema.model.NativeType;
import dev.prismaspring.schema.model.ScalarField;
import dev.prismaspring.schema.model.ScalarType;

/** The column type Prisma gives a field on PostgreSQL: the scalar's default, or its {@code @db.*} native type. */
final class ColumnTypes {

	private static final Map<ScalarType, String> DEFAULTS = Map.of(ScalarType.STRING, "TEXT", ScalarType.BOOLEAN,
			"BOOLEAN", ScalarType.INT, "INTEGER", ScalarType.BIG_INT, "BIGINT", ScalarType.FLOAT, "DOUBLE PRECISION",
			ScalarType.DECIMAL, "DECIMAL", ScalarType.DATE_TIME, "TIMESTAMP", ScalarType.JSON, "JSONB", ScalarType.BYTES,
			"BYTEA");

	private static final Map<String, String> NATIVE = Map.ofEntries(Map.entry("Text", "TEXT"),
			Map.entry("Char", "CHAR"), Map.entry("VarChar", "VARCHAR"), Map.entry("Bit", "BIT"),
			Map.entry("VarBit", "VARBIT"), Map.entry("Uuid", "UUID"), Map.entry("Xml", "XML"),
			Map.entry("Inet", "INET"), Map.entry("Citext", "CITEXT"), Map.entry("Boolean", "BOOLEAN"),
			Map.entry("Integer", "INTEGER"), Map.entry("SmallInt", "SMALLINT"), Map.entry("Oid", "OID"),
			Map.entry("BigInt", "BIGINT"), Map.entry("DoublePrecision", "DOUBLE PRECISION"),
			Map.entry("Real", "REAL"), Map.entry("Decimal", "DECIMAL"), Map.entry("Money", "MONEY"),
			Map.entry("Timestamp", "TIMESTAMP"), Map.entry("Timestamptz", "TIMESTAMPTZ"), Map.entry("Date", "DATE"),
			Map.entry("Time", "TIME"), Map.entry("Timetz", "TIMETZ"), Map.entry("Json", "JSON"),
			Map.entry("JsonB", "JSONB"), Map.entry("ByteA", "BYTEA"));

	private ColumnTypes() {
	}

	/**
	 * @param field a scalar, enum or unsupported field
	 * @param enumType the field's enum, or {@code null}
	 * @param enumNamespace the schema the enum is in
	 * @return the column's type
	 */
	static ColumnType of(ScalarField field, EnumType enumType, String enumNamespace) {
		ColumnType type = switch (field.kind()) {
			case ENUM -> new ColumnType(enumType.databaseName(), List.of(), ColumnType.Kind.ENUM, enumNamespace, false);
			case UNSUPPORTED -> new ColumnType(field.typeName(), List.of(), ColumnType.Kind.UNSUPPORTED, null, false);
			case SCALAR -> scalar(field.scalarType(), field.nativeType());
		};
		return (field.arity() == Arity.LIST) ? type.asArray() : type;
	}

	private static ColumnType scalar(ScalarType scalar, NativeType nativeType) {
		if (nativeType == null) {
			return switch (scalar) {
				case DECIMAL -> ColumnType.builtIn("DECIMAL", 65, 30);
				case DATE_TIME -> ColumnType.builtIn("TIMESTAMP", 3);
				default -> ColumnType.builtIn(DEFAULTS.get(scalar));
			};
		}
		String name = NATIVE.get(nativeType.name());
		if (name == null) {
			throw new IllegalArgumentException("Unknown PostgreSQL native type @db." + nativeType.name());
		}
		List<Integer> arguments = new ArrayList<>();
		for (String argument : nativeType.arguments()) {
			arguments.add(Integer.valueOf(argument.trim()));
		}
		return new ColumnType(name, arguments, ColumnType.Kind.BUILT_IN, null, false);
	}
}
