package dev.prismaspring.client.engine;

import java.util.List;

/**
 * PostgreSQL full-text search as Prisma's {@code search} filter and {@code _relevance} order use
 * it: the text of String columns joined by spaces, against a {@code tsquery} bound as a value.
 * The filter and the order read the same text, so a record the one finds is ranked by the other.
 */
final class FullText {

	private FullText() {
	}

	/** Refuses a field that is not a (single) String: full-text search reads text. */
	static void requireText(Codec codec, String label) {
		if (!(codec instanceof ScalarCodec scalar) || scalar.kind() != ScalarCodec.Kind.TEXT) {
			throw QueryErrors.invalid("`" + label + "` is not a String field; full-text search needs one.");
		}
	}

	/** Appends {@code to_tsvector(concat_ws(' ', columns))}: the columns are rendered references. */
	static void appendDocument(Sql sql, List<String> columns) {
		sql.append("to_tsvector(concat_ws(' ', ").append(String.join(", ", columns)).append("))");
	}

	/** Appends {@code to_tsquery(?)}, the query bound. */
	static void appendQuery(Sql sql, String query) {
		sql.append("to_tsquery(").param(query, ScalarCodec.TEXT).append(")");
	}
}
