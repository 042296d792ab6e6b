package dev.prismaspring.migrate.lint;

import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.migrate.lint.Token.Kind;

/**
 * Tokens of one statement, as {@code SqlStatements} reads quoting: comments and blanks are left
 * out, strings ({@code '...'}, {@code E'...'}, dollar-quoted) become one token each, and an
 * unterminated quote runs to the end.
 */
final class Tokens {

	private final String sql;

	private final List<Token> tokens = new ArrayList<>();

	private int depth;

	private Tokens(String sql) {
		this.sql = sql;
	}

	static List<Token> of(String sql) {
		return new Tokens(sql).read();
	}

	private List<Token> read() {
		int i = 0;
		while (i < this.sql.length()) {
			char c = this.sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && at(i + 1) == '-') {
				while (i < this.sql.length() && this.sql.charAt(i) != '\n' && this.sql.charAt(i) != '\r') {
					i++;
				}
			}
			else if (c == '/' && at(i + 1) == '*') {
				i = blockCommentEnd(i);
			}
			else {
				i = token(i);
			}
		}
		return this.tokens;
	}

	private int token(int i) {
		char c = this.sql.charAt(i);
		if (c == '\'') {
			return add(Kind.STRING, i, quotedEnd(i, '\'', false));
		}
		if (c == '"') {
			int end = quotedEnd(i, '"', false);
			int close = (end > i + 1 && this.sql.charAt(end - 1) == '"') ? end - 1 : end;
			this.tokens.add(new Token(Kind.QUOTED, this.sql.substring(i + 1, close).replace("\"\"", "\""), i, end,
					this.depth));
			return end;
		}
		if (c == '$') {
			int tagEnd = dollarTagEnd(i);
			if (tagEnd > 0) {
				String tag = this.sql.substring(i, tagEnd);
				int close = this.sql.indexOf(tag, tagEnd);
				return add(Kind.STRING, i, (close < 0) ? this.sql.length() : close + tag.length());
			}
		}
		if (isIdentifierStart(c)) {
			int end = i + 1;
			while (end < this.sql.length() && isIdentifierPart(this.sql.charAt(end))) {
				end++;
			}
			if (end == i + 1 && (c == 'E' || c == 'e') && at(end) == '\'') {
				return add(Kind.STRING, i, quotedEnd(end, '\'', true));
			}
			return add(Kind.WORD, i, end);
		}
		if (c >= '0' && c <= '9') {
			int end = i + 1;
			while (end < this.sql.length() && (isIdentifierStart(this.sql.charAt(end))
					|| Character.isDigit(this.sql.charAt(end)) || this.sql.charAt(end) == '.')) {
				end++;
			}
			return add(Kind.NUMBER, i, end);
		}
		if (c == ')' && this.depth > 0) {
			this.depth--;
		}
		add(Kind.SYMBOL, i, i + 1);
		if (c == '(') {
			this.depth++;
		}
		return i + 1;
	}

	private int add(Kind kind, int start, int end) {
		this.tokens.add(new Token(kind, this.sql.substring(start, end), start, end, this.depth));
		return end;
	}

	private char at(int i) {
		return (i < this.sql.length()) ? this.sql.charAt(i) : '\0';
	}

	private int quotedEnd(int open, char quote, boolean backslashEscapes) {
		int i = open + 1;
		while (i < this.sql.length()) {
			char c = this.sql.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				if (at(i + 1) != quote) {
					return i + 1;
				}
				i += 2;
			}
			else {
				i++;
			}
		}
		return this.sql.length();
	}

	private int blockCommentEnd(int from) {
		int nesting = 0;
		int i = from;
		while (i < this.sql.length()) {
			if (this.sql.charAt(i) == '/' && at(i + 1) == '*') {
				nesting++;
				i += 2;
			}
			else if (this.sql.charAt(i) == '*' && at(i + 1) == '/') {
				i += 2;
				if (--nesting == 0) {
					return i;
				}
			}
			else {
				i++;
			}
		}
		return i;
	}

	private int dollarTagEnd(int i) {
		int j = i + 1;
		if (isIdentifierStart(at(j))) {
			j++;
			while (j < this.sql.length() && isIdentifierPart(this.sql.charAt(j)) && this.sql.charAt(j) != '$') {
				j++;
			}
		}
		return (at(j) == '$') ? j + 1 : -1;
	}

	private static boolean isIdentifierStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= '\u0080';
	}

	private static boolean isIdentifierPart(char c) {
		return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
	}
}
