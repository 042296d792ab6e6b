package dev.prismaspring.migrate.describe;

import java.util.Locale;

import dev.prismaspring.migrate.sql.ColumnDefault;

/** Sorts a column default as the database prints it ({@code pg_get_expr}) into the kinds the differ compares. */
final class DatabaseDefaults {

	private DatabaseDefaults() {
	}

	/**
	 * @param sql the default as the database prints it, or {@code null}
	 * @return the default, or {@code null}; sequence defaults come back as {@link ColumnDefault.Kind#SEQUENCE}
	 */
	static ColumnDefault of(String sql) {
		if (sql == null) {
			return null;
		}
		String trimmed = sql.trim();
		String lower = trimmed.toLowerCase(Locale.ROOT);
		if (lower.startsWith("nextval(")) {
			return new ColumnDefault(ColumnDefault.Kind.SEQUENCE, trimmed);
		}
		if (lower.equals("current_timestamp") || lower.equals("now()") || lower.startsWith("current_timestamp(")) {
			return ColumnDefault.now();
		}
		if (isLiteral(trimmed)) {
			return ColumnDefault.value(trimmed);
		}
		return ColumnDefault.expression(trimmed);
	}

	private static boolean isLiteral(String sql) {
		String unwrapped = sql;
		while (unwrapped.startsWith("(") && unwrapped.endsWith(")")) {
			unwrapped = unwrapped.substring(1, unwrapped.length() - 1).trim();
		}
		char first = unwrapped.isEmpty() ? ' ' : unwrapped.charAt(0);
		return first == '\'' || first == '-' || Character.isDigit(first) || unwrapped.equals("true")
				|| unwrapped.equals("false") || unwrapped.startsWith("ARRAY[");
	}
}
