package dev.prismaspring.schema.diagnostics;

import java.util.Objects;

/**
 * One problem found in a schema: what is wrong and where.
 *
 * @param severity error or warning
 * @param code a stable code; schema validation errors use Prisma's {@code P1012}
 * @param message what is wrong, in Prisma's words where Prisma has words for it
 * @param span where it is
 */
public record Diagnostic(Severity severity, String code, String message, Span span) {

	/** The code Prisma gives every schema validation error. */
	public static final String SCHEMA_VALIDATION = "P1012";

	public Diagnostic {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(span, "span");
	}

	public static Diagnostic error(String message, Span span) {
		return new Diagnostic(Severity.ERROR, SCHEMA_VALIDATION, message, span);
	}

	public static Diagnostic warning(String message, Span span) {
		return new Diagnostic(Severity.WARNING, SCHEMA_VALIDATION, message, span);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return this.severity.name().toLowerCase(java.util.Locale.ROOT) + "[" + this.code + "] " + this.span.location()
				+ ": " + this.message;
	}
}
