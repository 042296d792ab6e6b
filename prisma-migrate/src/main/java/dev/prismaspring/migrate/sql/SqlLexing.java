package dev.prismaspring.migrate.sql;

/**
 * PostgreSQL's lexical rules that every reader of SQL text here needs: where a quoted string,
 * a quoted identifier, a dollar-quoted body or a (nested) block comment ends, and which characters
 * make an identifier. Shared by the statement splitter and the linter's tokenizer, so that both
 * read a script the same way.
 */
public final class SqlLexing {

	private SqlLexing() {
	}

	/**
	 * @param text SQL text
	 * @param open the position of the opening quote
	 * @param quote the quote character ({@code '} or {@code "})
	 * @param backslashEscapes whether a backslash escapes the next character ({@code E'...'} strings)
	 * @return the position after the closing quote (a doubled quote does not close), or the text's end
	 */
	public static int quotedEnd(String text, int open, char quote, boolean backslashEscapes) {
		int i = open + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 >= text.length() || text.charAt(i + 1) != quote) {
					return i + 1;
				}
				i += 2;
			}
			else {
				i++;
			}
		}
		return text.length();
	}

	/**
	 * @param text SQL text
	 * @param from the position of a {@code /*}
	 * @return the position after the comment's end, nested comments included, or the text's end
	 */
	public static int blockCommentEnd(String text, int from) {
		int depth = 0;
		int i = from;
		while (i < text.length()) {
			if (text.charAt(i) == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				depth++;
				i += 2;
			}
			else if (text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				i += 2;
				if (--depth == 0) {
					return i;
				}
			}
			else {
				i++;
			}
		}
		return i;
	}

	/**
	 * @param text SQL text
	 * @param i a position holding {@code $}
	 * @return the position after the dollar-quote tag that starts at {@code i} ({@code $$} or
	 * {@code $tag$}, the tag written like an identifier without {@code $}), or -1 when none does
	 */
	public static int dollarTagEnd(String text, int i) {
		int j = i + 1;
		if (j < text.length() && isIdentifierStart(text.charAt(j))) {
			j++;
			while (j < text.length() && isIdentifierPart(text.charAt(j)) && text.charAt(j) != '$') {
				j++;
			}
		}
		return (j < text.length() && text.charAt(j) == '$') ? j + 1 : -1;
	}

	/** @return whether an unquoted identifier may start with the character */
	public static boolean isIdentifierStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= '\u0080';
	}

	/** @return whether an unquoted identifier may continue with the character */
	public static boolean isIdentifierPart(char c) {
		return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
	}

}
