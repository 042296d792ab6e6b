package dev.prismaspring.migrate.lint;

import java.util.Locale;

/**
 * One token of a statement.
 *
 * @param kind what it is
 * @param text its text as written (for {@link Kind#QUOTED}, without the quotes and with {@code ""} undoubled)
 * @param offset where it starts in the statement
 * @param end where it ends in the statement (exclusive)
 * @param depth how many parentheses enclose it (a parenthesis itself counts as outside)
 */
record Token(Kind kind, String text, int offset, int end, int depth) {

	enum Kind {

		/** A keyword or an unquoted identifier. */
		WORD,

		/** A double-quoted identifier. */
		QUOTED,

		/** A string constant, in any of its quoting forms. */
		STRING,

		NUMBER,

		/** Any other single character: parentheses, commas, dots, operators. */
		SYMBOL

	}

	boolean is(String keyword) {
		return this.kind == Kind.WORD && this.text.equalsIgnoreCase(keyword);
	}

	boolean isSymbol(char symbol) {
		return this.kind == Kind.SYMBOL && this.text.charAt(0) == symbol;
	}

	boolean isIdentifier() {
		return this.kind == Kind.WORD || this.kind == Kind.QUOTED;
	}

	/** @return the name PostgreSQL reads: unquoted names folded to lower case, quoted ones as they are */
	String identifier() {
		return (this.kind == Kind.WORD) ? this.text.toLowerCase(Locale.ROOT) : this.text;
	}
}
