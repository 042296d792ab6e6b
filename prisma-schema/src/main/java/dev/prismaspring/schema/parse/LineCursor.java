package dev.prismaspring.schema.parse;

import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.diagnostics.Span;

/**
 * Reads one line of a schema: the grammar is line-oriented, so every rule below works between a
 * position and the end of the current line (a carriage return before the newline is not part of
 * the line).
 */
final class LineCursor {

	private final SourceFile file;

	private final String text;

	private final int end;

	int pos;

	LineCursor(SourceFile file, int start, int end) {
		this.file = file;
		this.text = file.text();
		this.pos = start;
		this.end = end;
	}

	static boolean isIdentifierStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	static boolean isIdentifierPart(char c) {
		return isIdentifierStart(c) || c == '_' || c == '-';
	}

	boolean atEnd() {
		return this.pos >= this.end;
	}

	char peek() {
		return atEnd() ? '\0' : this.text.charAt(this.pos);
	}

	char peek(int ahead) {
		int at = this.pos + ahead;
		return (at < this.end) ? this.text.charAt(at) : '\0';
	}

	boolean startsWith(String prefix) {
		return this.pos + prefix.length() <= this.end && this.text.startsWith(prefix, this.pos);
	}

	boolean accept(char c) {
		if (peek() == c && !atEnd()) {
			this.pos++;
			return true;
		}
		return false;
	}

	void skipWhitespace() {
		while (!atEnd()) {
			char c = this.text.charAt(this.pos);
			if (c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
				this.pos++;
			}
			else {
				return;
			}
		}
	}

	/** @return whether only white space is left on the line */
	boolean restIsBlank() {
		int save = this.pos;
		skipWhitespace();
		boolean blank = atEnd();
		this.pos = save;
		return blank;
	}

	/** @return the identifier at the cursor, or {@code null} (the cursor does not move then) */
	String identifier() {
		if (atEnd() || !isIdentifierStart(peek())) {
			return null;
		}
		int start = this.pos;
		while (!atEnd() && isIdentifierPart(this.text.charAt(this.pos))) {
			this.pos++;
		}
		return this.text.substring(start, this.pos);
	}

	/** A dotted name such as {@code db.VarChar}: identifiers joined by dots. */
	String path() {
		int start = this.pos;
		if (identifier() == null) {
			return null;
		}
		while (peek() == '.' && isIdentifierStart(peek(1))) {
			this.pos++;
			identifier();
		}
		return this.text.substring(start, this.pos);
	}

	/** @return the comment from the cursor to the end of the line, as written (Prisma keeps trailing blanks) */
	String commentToEnd() {
		int start = this.pos;
		int stop = this.end;
		while (stop > start && this.text.charAt(stop - 1) == '\r') {
			stop--;
		}
		this.pos = this.end;
		return this.text.substring(start, stop);
	}

	Span span(int start) {
		return new Span(this.file, start, this.pos);
	}

	Span span(int start, int stop) {
		return new Span(this.file, start, stop);
	}

	String text(int start, int stop) {
		return this.text.substring(start, stop);
	}

	int end() {
		return this.end;
	}

	/** @return the whole file's text, for the few rules that read past the line */
	String wholeText() {
		return this.text;
	}
}
