package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A {@code //} or {@code ///} comment, on a line of its own or after a declaration.
 *
 * @param text the comment as written, starting with {@code //}, without trailing white space
 * @param span where it is written
 */
public record Comment(String text, Span span) implements TopItem, BlockEntry {

	/** @return whether this is a {@code ///} documentation comment */
	public boolean isDocumentation() {
		return this.text.startsWith("///");
	}

	/** @return the documentation text: the comment without its slashes, trimmed */
	public String documentationText() {
		return this.text.substring(isDocumentation() ? 3 : 2).strip();
	}
}
