package dev.prismaspring.client.builder;

import dev.prismaspring.client.errors.PrismaClientException;

/**
 * Arguments that a typed builder refused before any SQL ran: a required field missing from a
 * create ({@code P2012}, as Prisma reports a missing value) or arguments that do not go together
 * ({@code P2009}, Prisma's failed query validation).
 */
public class QueryValidationException extends PrismaClientException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param code {@code P2012} or {@code P2009}
	 * @param message what is wrong and what to do
	 */
	public QueryValidationException(String code, String message) {
		super(code, message, null);
	}

	static QueryValidationException missing(String message) {
		return new QueryValidationException("P2012", message);
	}

	static QueryValidationException invalid(String message) {
		return new QueryValidationException("P2009", message);
	}
}
