package dev.prismaspring.schema.url;

import java.util.Objects;

/**
 * A connection URL, or the environment variable that should hold one, cannot be used.
 *
 * <p>The message says what is wrong, where the URL came from and what to do. It never holds a
 * password: where it shows the URL, the password is replaced by {@code ****}.
 */
public class ConnectionUrlException extends RuntimeException {

	/** Prisma's code for a connection URL it cannot read: "The provided database string is invalid". */
	public static final String INVALID_DATABASE_STRING = "P1013";

	/** Prisma's code for schema validation errors, which covers a missing {@code env()} variable. */
	public static final String SCHEMA_VALIDATION = "P1012";

	private final String code;

	private final String source;

	ConnectionUrlException(String code, String source, String message) {
		super(message);
		this.code = Objects.requireNonNull(code, "code");
		this.source = Objects.requireNonNull(source, "source");
	}

	/**
	 * @return the stable error code, {@link #INVALID_DATABASE_STRING} or {@link #SCHEMA_VALIDATION}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * @return where the URL came from, as the caller described it, e.g. {@code datasource db, url}
	 */
	public String source() {
		return this.source;
	}
}
