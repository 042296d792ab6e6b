package dev.prismaspring.schema.parse;

/**
 * Thrown inside the parser when a line cannot be read; caught at the line and turned into one
 * diagnostic for the line, so it never leaves the package.
 */
final class SyntaxException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	SyntaxException() {
		super(null, null, false, false);
	}
}
