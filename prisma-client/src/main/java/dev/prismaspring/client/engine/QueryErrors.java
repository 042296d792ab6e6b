package dev.prismaspring.client.engine;

import dev.prismaspring.client.errors.PrismaClientException;

/** The errors for queries the schema does not allow, with Prisma's validation code. */
final class QueryErrors {

	/** Prisma's code for a query that failed validation. */
	static final String INVALID_QUERY = "P2009";

	private QueryErrors() {
	}

	static PrismaClientException invalid(String message) {
		return new PrismaClientException(INVALID_QUERY, "Invalid query: " + message, null);
	}

	static PrismaClientException wrongValue(String field, String expected, Object value) {
		return invalid("`" + field + "` takes " + expected + ", not " + describe(value) + ".");
	}

	static String describe(Object value) {
		if (value == null) {
			return "null";
		}
		String type = value.getClass().getSimpleName();
		String text = String.valueOf(value);
		if (text.length() > 40) {
			text = text.substring(0, 40) + "...";
		}
		return "a " + type + " (" + text + ")";
	}
}
