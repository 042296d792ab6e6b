package dev.prismaspring.migrate.pull;

import java.util.List;
import java.util.stream.Collectors;

import dev.prismaspring.migrate.sql.ColumnType;

/** A column type as a Prisma field type and, where it is not the scalar's default, a native type attribute. */
record PrismaTypes(String scalar, String nativeType) {

	static PrismaTypes of(ColumnType type) {
		List<Integer> args = type.arguments();
		return switch (type.name()) {
			case "TEXT" -> new PrismaTypes("String", null);
			case "VARCHAR" -> new PrismaTypes("String", "VarChar" + arguments(args));
			case "CHAR" -> new PrismaTypes("String", "Char" + arguments(args));
			case "UUID" -> new PrismaTypes("String", "Uuid");
			case "CITEXT" -> new PrismaTypes("String", "Citext");
			case "XML" -> new PrismaTypes("String", "Xml");
			case "INET" -> new PrismaTypes("String", "Inet");
			case "BIT" -> new PrismaTypes("String", "Bit" + arguments(args));
			case "VARBIT" -> new PrismaTypes("String", "VarBit" + arguments(args));
			case "INTEGER" -> new PrismaTypes("Int", null);
			case "SMALLINT" -> new PrismaTypes("Int", "SmallInt");
			case "OID" -> new PrismaTypes("Int", "Oid");
			case "BIGINT" -> new PrismaTypes("BigInt", null);
			case "DOUBLE PRECISION" -> new PrismaTypes("Float", null);
			case "REAL" -> new PrismaTypes("Float", "Real");
			case "DECIMAL" -> args.equals(List.of(65, 30)) ? new PrismaTypes("Decimal", null)
					: new PrismaTypes("Decimal", "Decimal" + arguments(args));
			case "MONEY" -> new PrismaTypes("Decimal", "Money");
			case "BOOLEAN" -> new PrismaTypes("Boolean", null);
			case "TIMESTAMP" -> args.equals(List.of(3)) ? new PrismaTypes("DateTime", null)
					: new PrismaTypes("DateTime", "Timestamp" + precision(args));
			case "TIMESTAMPTZ" -> new PrismaTypes("DateTime", "Timestamptz" + precision(args));
			case "DATE" -> new PrismaTypes("DateTime", "Date");
			case "TIME" -> new PrismaTypes("DateTime", "Time" + precision(args));
			case "TIMETZ" -> new PrismaTypes("DateTime", "Timetz" + precision(args));
			case "JSONB" -> new PrismaTypes("Json", null);
			case "JSON" -> new PrismaTypes("Json", "Json");
			case "BYTEA" -> new PrismaTypes("Bytes", null);
			default -> null;
		};
	}

	// A time type declared without precision has PostgreSQL's default, 6, and Prisma writes it.
	private static String precision(List<Integer> args) {
		return args.isEmpty() ? "(6)" : arguments(args);
	}

	private static String arguments(List<Integer> args) {
		return args.isEmpty() ? "" : args.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
	}
}
