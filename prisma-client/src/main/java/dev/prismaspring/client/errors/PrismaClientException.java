package dev.prismaspring.client.errors;

import dev.prismaspring.schema.PrismaException;

/**
 * A query the database refused or that could not be answered, with Prisma Client's code
 * ({@code P2xxx}). Subclasses name the cases callers handle.
 */
public class PrismaClientException extends PrismaException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param code Prisma's code
	 * @param message what happened and what to do
	 * @param cause the database's error, or {@code null}
	 */
	public PrismaClientException(String code, String message, Throwable cause) {
		super(code, message, cause);
	}
}
