package dev.prismaspring.migrate.lint;

import dev.prismaspring.migrate.sql.SqlLexing;
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
				i = SqlLexing.blockCommentEnd(this.sql, i);
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
			return add(Kind.STRING, i, SqlLexing.quotedEnd(this.sql, i, '\'', false));
		}
		if (c == '"') {
			int end = SqlLexing.quotedEnd(this.sql, i, '"', false);
			int close = (end > i + 1 && this.sql.charAt(end - 1) == '"') ? end - 1 : end;
			this.tokens.add(new Token(Kind.QUOTED, this.sql.substring(i + 1, close).replace("\"\"", "\""), i, end,
					this.depth));
			return end;
		}
		if (c == '$') {
			int tagEnd = SqlLexing.dollarTagEnd(this.sql, i);
			if (tagEnd > 0) {
				String tag = this.sql.substring(i, tagEnd);
				int close = this.sql.indexOf(tag, tagEnd);
				return add(Kind.STRING, i, (close < 0) ? this.sql.length() : close + tag.length());
			}
		}
		if (SqlLexing.isIdentifierStart(c)) {
			int end = i + 1;
			while (end < this.sql.length() && SqlLexing.isIdentifierPart(this.sql.charAt(end))) {
				end++;
			}
			if (end == i + 1 && (c == 'E' || c == 'e') && at(end) == '\'') {
				return add(Kind.STRING, i, SqlLexing.quotedEnd(this.sql, end, '\'', true));
			}
			return add(Kind.WORD, i, end);
		}
		if (c >= '0' && c <= '9') {
			int end = i + 1;
			while (end < this.sql.length() && (SqlLexing.isIdentifierStart(this.sql.charAt(end))
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

}
