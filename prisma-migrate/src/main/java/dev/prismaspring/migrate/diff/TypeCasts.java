package dev.prismaspring.migrate.diff;

import java.util.List;
import java.util.Set;

import dev.prismaspring.migrate.sql.Column;
import dev.prismaspring.migrate.sql.ColumnType;

/**
 * Whether PostgreSQL can change a column's type in place ({@code SET DATA TYPE}), keeping its
 * data; when it cannot, the column is dropped and added again, as Prisma does.
 */
final class TypeCasts {

	private static final List<Set<String>> FAMILIES = List.of(
			Set.of("SMALLINT", "INTEGER", "BIGINT", "REAL", "DOUBLE PRECISION", "DECIMAL", "MONEY", "OID"),
			Set.of("TEXT", "VARCHAR", "CHAR", "CITEXT"), Set.of("TIMESTAMP", "TIMESTAMPTZ", "DATE"),
			Set.of("TIME", "TIMETZ"), Set.of("JSON", "JSONB"), Set.of("BIT", "VARBIT"));

	private static final Set<String> TEXT = Set.of("TEXT", "VARCHAR", "CITEXT");

	private TypeCasts() {
	}

	/** The kind of number a type holds, as Prisma tells default values apart: whole, floating or exact. */
	enum NumericKind {

		NONE, WHOLE, FLOATING, EXACT

	}

	static NumericKind numericKind(ColumnType type) {
		if (type.kind() != ColumnType.Kind.BUILT_IN || type.array()) {
			return NumericKind.NONE;
		}
		return switch (type.name()) {
			case "SMALLINT", "INTEGER", "BIGINT", "OID" -> NumericKind.WHOLE;
			case "REAL", "DOUBLE PRECISION" -> NumericKind.FLOATING;
			case "DECIMAL", "MONEY" -> NumericKind.EXACT;
			default -> NumericKind.NONE;
		};
	}

	static boolean castable(Column before, Column after) {
		ColumnType from = before.type();
		ColumnType to = after.type();
		if (from.array() != to.array()) {
			return false;
		}
		if (before.autoincrement() != after.autoincrement() && !from.name().equals(to.name())) {
			return false;
		}
		if (from.kind() != ColumnType.Kind.BUILT_IN || to.kind() != ColumnType.Kind.BUILT_IN) {
			return from.kind() == ColumnType.Kind.ENUM && to.kind() == ColumnType.Kind.BUILT_IN
					&& TEXT.contains(to.name());
		}
		if (from.name().equals(to.name()) || TEXT.contains(to.name())) {
			return true;
		}
		return FAMILIES.stream().anyMatch((family) -> family.contains(from.name()) && family.contains(to.name()));
	}
}
