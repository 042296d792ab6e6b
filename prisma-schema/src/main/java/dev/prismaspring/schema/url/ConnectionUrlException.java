package dev.prismaspring.schema.url;

import java.util.Objects;

import dev.prismaspring.schema.PrismaException;

/**
 * A connection URL, or the environment variable that should hold one, cannot be used.
 *
 * <p>The message says what is wrong, where the URL came from and what to do. It never holds a
 * password: where it shows the URL, the password is replaced by {@code ****}.
 */
public class ConnectionUrlException extends PrismaException {

	private static final long serialVersionUID = 1L;

	/** Prisma's code for a connection URL it cannot read: "The provided database string is invalid". */
	public static final String INVALID_DATABASE_STRING = "P1013";

	/** Prisma's code for schema validation errors, which covers a missing {@code env()} variable. */
	public static final String SCHEMA_VALIDATION = "P1012";

	private final String source;

	ConnectionUrlException(String code, String source, String message) {
		super(code, message);
		this.source = Objects.requireNonNull(source, "source");
	}

	/**
	 * @return where the URL came from, as the caller described it, e.g. {@code datasource db, url}
	 */
	public String source() {
		return this.source;
	}
}
