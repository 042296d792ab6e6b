package dev.prismaspring.schema.diagnostics;

import java.util.Objects;

import dev.prismaspring.schema.SourceFile;

/**
 * A range of characters in one source file: {@code start} inclusive, {@code end} exclusive.
 *
 * @param file the file the range is in
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record Span(SourceFile file, int start, int end) {

	public Span {
		Objects.requireNonNull(file, "file");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid span " + start + ".." + end);
		}
	}

	/** @return the 1-based line of the first character */
	public int line() {
		return this.file.lineOf(this.start);
	}

	/** @return the 1-based column of the first character */
	public int column() {
		return this.file.columnOf(this.start);
	}

	/** @return the 1-based line of the last character */
	public int endLine() {
		return this.file.lineOf(Math.max(this.start, this.end - 1));
	}

	/** @return the text the span covers */
	public String text() {
		return this.file.text().substring(this.start, Math.min(this.end, this.file.text().length()));
	}

	/** @return {@code file:line:column}, as editors and terminals link it */
	public String location() {
		return this.file.name() + ":" + line() + ":" + column();
	}

	@Override
	public String toString() {
		return location();
	}
}
