package dev.prismaspring.schema.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prisma's default names for keys, indexes and foreign keys on PostgreSQL: the table and column
 * names joined by underscores with a suffix, the prefix cut so that the whole fits in 63 bytes.
 */
public final class ConstraintNames {

	private static final int MAX_BYTES = 63;

	private ConstraintNames() {
	}

	/**
	 * @param table a table's name
	 * @return the default name of its primary key, {@code <table>_pkey}
	 */
	public static String primaryKey(String table) {
		return withSuffix(table, "_pkey");
	}

	/**
	 * @param table a table's name
	 * @param columns the index's columns
	 * @return the default name of a unique index, {@code <table>_<columns>_key}
	 */
	public static String unique(String table, List<String> columns) {
		return withSuffix(table + "_" + String.join("_", columns), "_key");
	}

	/**
	 * @param table a table's name
	 * @param columns the index's columns
	 * @return the default name of an index, {@code <table>_<columns>_idx}
	 */
	public static String index(String table, List<String> columns) {
		return withSuffix(table + "_" + String.join("_", columns), "_idx");
	}

	/**
	 * @param table the referencing table's name
	 * @param columns the referencing columns
	 * @return the default name of a foreign key, {@code <table>_<columns>_fkey}
	 */
	public static String foreignKey(String table, List<String> columns) {
		return withSuffix(table + "_" + String.join("_", columns), "_fkey");
	}

	private static String withSuffix(String prefix, String suffix) {
		return truncate(prefix, MAX_BYTES - suffix.length()) + suffix;
	}

	private static String truncate(String text, int maxBytes) {
		if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
			return text;
		}
		int used = 0;
		int end = 0;
		while (end < text.length()) {
			int codePoint = text.codePointAt(end);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (used + size > maxBytes) {
				break;
			}
			used += size;
			end += Character.charCount(codePoint);
		}
		return text.substring(0, end);
	}
}
