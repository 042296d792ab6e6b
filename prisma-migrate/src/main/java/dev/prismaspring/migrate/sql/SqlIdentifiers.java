package dev.prismaspring.migrate.sql;

import java.nio.charset.StandardCharsets;

/**
 * The one way identifiers reach SQL text: double-quoted with embedded quotes doubled. Names are
 * cut to PostgreSQL's 63-byte limit the way Prisma cuts generated constraint names, so that
 * the name we write is the name the database keeps.
 */
public final class SqlIdentifiers {

	/** PostgreSQL's NAMEDATALEN minus one. */
	public static final int MAX_BYTES = 63;

	private SqlIdentifiers() {
	}

	/**
	 * @param name a table, column, type, index or constraint name
	 * @return the name in double quotes, safe to put into SQL text
	 */
	public static String quote(String name) {
		if (name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("An identifier cannot contain a NUL character");
		}
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	/**
	 * @param schema a schema name, or {@code null} for the search path's
	 * @param name a name inside it
	 * @return {@code "schema"."name"}, or {@code "name"} without a schema
	 */
	public static String qualified(String schema, String name) {
		return (schema != null) ? quote(schema) + "." + quote(name) : quote(name);
	}

	/**
	 * @param name a name that may be longer than PostgreSQL keeps
	 * @return the longest prefix of at most {@value #MAX_BYTES} UTF-8 bytes that does not split a character
	 */
	public static String truncate(String name) {
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= MAX_BYTES) {
			return name;
		}
		int end = 0;
		int used = 0;
		while (end < name.length()) {
			int codePoint = name.codePointAt(end);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (used + size > MAX_BYTES) {
				break;
			}
			used += size;
			end += Character.charCount(codePoint);
		}
		return name.substring(0, end);
	}
}
