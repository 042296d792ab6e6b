package dev.prismaspring.schema;

import java.util.Objects;

/**
 * The one exception type of this project for input a user must fix: a stable code (Prisma's
 * where one exists, such as {@code P1012} or {@code P1013}) and a message that says what is
 * wrong, where, and what to do. Messages never contain passwords.
 */
public class PrismaException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	/**
	 * @param code a stable error code
	 * @param message what is wrong, where, and what to do
	 */
	public PrismaException(String code, String message) {
		super(message);
		this.code = Objects.requireNonNull(code, "code");
	}

	/**
	 * @param code a stable error code
	 * @param message what is wrong, where, and what to do
	 * @param cause the underlying failure
	 */
	public PrismaException(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = Objects.requireNonNull(code, "code");
	}

	/** @return the stable error code */
	public String code() {
		return this.code;
	}
}
