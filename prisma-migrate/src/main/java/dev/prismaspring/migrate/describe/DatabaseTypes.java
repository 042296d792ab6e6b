package dev.prismaspring.migrate.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.prismaspring.migrate.sql.ColumnType;

/** Turns PostgreSQL's own type names into the spelling Prisma writes in migrations. */
final class DatabaseTypes {

	// base type name in pg_type -> Prisma's spelling
	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("text", "TEXT"),
			Map.entry("int4", "INTEGER"), Map.entry("int8", "BIGINT"), Map.entry("int2", "SMALLINT"),
			Map.entry("float8", "DOUBLE PRECISION"), Map.entry("float4", "REAL"), Map.entry("numeric", "DECIMAL"),
			Map.entry("bool", "BOOLEAN"), Map.entry("timestamp", "TIMESTAMP"), Map.entry("timestamptz", "TIMESTAMPTZ"),
			Map.entry("date", "DATE"), Map.entry("time", "TIME"), Map.entry("timetz", "TIMETZ"),
			Map.entry("jsonb", "JSONB"), Map.entry("json", "JSON"), Map.entry("bytea", "BYTEA"),
			Map.entry("uuid", "UUID"), Map.entry("varchar", "VARCHAR"), Map.entry("bpchar", "CHAR"),
			Map.entry("bit", "BIT"), Map.entry("varbit", "VARBIT"), Map.entry("xml", "XML"), Map.entry("inet", "INET"),
			Map.entry("citext", "CITEXT"), Map.entry("money", "MONEY"), Map.entry("oid", "OID"));

	private static final Pattern ARGUMENTS = Pattern.compile("\\(([0-9, ]+)\\)");

	private DatabaseTypes() {
	}

	/**
	 * @param baseType the element type's name for arrays, else the type's name ({@code pg_type.typname})
	 * @param baseKind {@code pg_type.typtype}: {@code e} for enums
	 * @param typeNamespace the schema the type is in
	 * @param formatted {@code format_type(...)}, with modifiers, e.g. {@code character varying(20)[]}
	 * @param array whether the column is an array
	 * @return the column type as the calculator would spell it
	 */
	static ColumnType of(String baseType, String baseKind, String typeNamespace, String formatted, boolean array) {
		ColumnType type;
		if ("e".equals(baseKind)) {
			type = new ColumnType(baseType, List.of(), ColumnType.Kind.ENUM, typeNamespace, false);
		}
		else if (NAMES.containsKey(baseType)) {
			type = new ColumnType(NAMES.get(baseType), arguments(formatted), ColumnType.Kind.BUILT_IN, null, false);
		}
		else {
			String written = array && formatted.endsWith("[]") ? formatted.substring(0, formatted.length() - 2)
					: formatted;
			type = new ColumnType(written, List.of(), ColumnType.Kind.UNSUPPORTED, null, false);
		}
		return array ? type.asArray() : type;
	}

	private static List<Integer> arguments(String formatted) {
		Matcher matcher = ARGUMENTS.matcher(formatted);
		List<Integer> arguments = new ArrayList<>();
		if (matcher.find()) {
			for (String argument : matcher.group(1).split(",")) {
				arguments.add(Integer.valueOf(argument.trim()));
			}
		}
		return arguments;
	}
}
