package dev.prismaspring.migrate.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splitting a PostgreSQL script into its statements the way {@code psql} does: at semicolons
 * outside string constants ({@code '...'} with {@code ''}, {@code E'...'} with backslash
 * escapes), quoted identifiers, dollar-quoted bodies ({@code $$...$$}, {@code $tag$...$tag$}),
 * comments ({@code --} and nested <code>/* *&#47;</code>), parentheses and the
 * {@code BEGIN ATOMIC ... END} body of a {@code CREATE FUNCTION} or {@code CREATE PROCEDURE}.
 * Strings are read as with {@code standard_conforming_strings} on, PostgreSQL's default.
 * Nothing here throws on bad SQL: an unterminated quote or comment runs to the end of the script.
 */
public final class SqlStatements {

	private SqlStatements() {
	}

	/**
	 * One statement of a script.
	 *
	 * @param text the statement without its terminating semicolon and without the comments and
	 * blanks before and after it, so that it starts with its first keyword; comments inside it are kept
	 * @param line the 1-based line of the script where the statement's first character is
	 */
	public record Statement(String text, int line) {
	}

	/**
	 * @param script a PostgreSQL script; {@code \n}, {@code \r\n} and {@code \r} all end lines
	 * @return its statements in order; blank statements and those of only comments are left out, a
	 * last statement without a semicolon is kept
	 */
	public static List<Statement> split(String script) {
		return new Splitter(script).split();
	}

	/**
	 * @param script a PostgreSQL script
	 * @param directive a comment such as {@code -- prisma:no-transaction}
	 * @return whether the first line of the script that is not blank is exactly {@code directive},
	 * trailing whitespace (and a byte order mark before it) aside
	 */
	public static boolean startsWithDirective(String script, String directive) {
		String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
		return text.lines()
			.filter((line) -> !line.isBlank())
			.findFirst()
			.map((line) -> line.stripTrailing().equals(directive))
			.orElse(false);
	}

	/** One pass over a script; not thread-safe, one instance per call. */
	private static final class Splitter {

		private final String script;

		private final List<Statement> statements = new ArrayList<>();

		private int line = 1;

		private int start = -1;

		private int startLine;

		private int end;

		private int parenDepth;

		private int beginDepth;

		private int identifierCount;

		private final char[] identifiers = new char[4];

		Splitter(String script) {
			this.script = script;
		}

		List<Statement> split() {
			int i = 0;
			int length = this.script.length();
			while (i < length) {
				char c = this.script.charAt(i);
				if (Character.isWhitespace(c)) {
					i = advance(i, i + 1);
				}
				else if (c == '-' && at(i + 1) == '-') {
					i = advance(i, lineEnd(i));
				}
				else if (c == '/' && at(i + 1) == '*') {
					i = advance(i, SqlLexing.blockCommentEnd(this.script, i));
				}
				else if (c == ';' && this.parenDepth == 0 && this.beginDepth == 0) {
					finish();
					i++;
				}
				else {
					if (this.start < 0) {
						this.start = i;
						this.startLine = this.line;
					}
					int next = token(i);
					this.end = next;
					i = advance(i, next);
				}
			}
			finish();
			return this.statements;
		}

		private void finish() {
			if (this.start >= 0) {
				this.statements.add(new Statement(this.script.substring(this.start, this.end).trim(), this.startLine));
			}
			this.start = -1;
			this.parenDepth = 0;
			this.beginDepth = 0;
			this.identifierCount = 0;
			Arrays.fill(this.identifiers, '\0');
		}

		/** Counts the line ends in {@code [from, to)} and returns {@code to}. */
		private int advance(int from, int to) {
			for (int i = from; i < to; i++) {
				char c = this.script.charAt(i);
				if (c == '\n' || (c == '\r' && at(i + 1) != '\n')) {
					this.line++;
				}
			}
			return to;
		}

		private char at(int i) {
			return (i < this.script.length()) ? this.script.charAt(i) : '\0';
		}

		private int lineEnd(int from) {
			int i = from;
			while (i < this.script.length() && this.script.charAt(i) != '\n' && this.script.charAt(i) != '\r') {
				i++;
			}
			return i;
		}

		/** Returns the end of the token (string, identifier, word, number or symbol) at {@code i}. */
		private int token(int i) {
			char c = this.script.charAt(i);
			if (c == '\'') {
				return SqlLexing.quotedEnd(this.script, i, '\'', false);
			}
			if (c == '"') {
				return SqlLexing.quotedEnd(this.script, i, '"', false);
			}
			if (c == '$') {
				int tagEnd = SqlLexing.dollarTagEnd(this.script, i);
				if (tagEnd < 0) {
					return i + 1;
				}
				String tag = this.script.substring(i, tagEnd);
				int close = this.script.indexOf(tag, tagEnd);
				return (close < 0) ? this.script.length() : close + tag.length();
			}
			if (SqlLexing.isIdentifierStart(c)) {
				int wordEnd = i + 1;
				while (wordEnd < this.script.length() && SqlLexing.isIdentifierPart(this.script.charAt(wordEnd))) {
					wordEnd++;
				}
				if (wordEnd == i + 1 && (c == 'E' || c == 'e') && at(wordEnd) == '\'') {
					return SqlLexing.quotedEnd(this.script, wordEnd, '\'', true);
				}
				word(this.script.substring(i, wordEnd));
				return wordEnd;
			}
			if (c >= '0' && c <= '9') {
				int numberEnd = i + 1;
				while (numberEnd < this.script.length()
						&& (SqlLexing.isIdentifierPart(this.script.charAt(numberEnd)) || this.script.charAt(numberEnd) == '.')
						&& this.script.charAt(numberEnd) != '$') {
					numberEnd++;
				}
				return numberEnd;
			}
			if (c == '(') {
				this.parenDepth++;
			}
			else if (c == ')' && this.parenDepth > 0) {
				this.parenDepth--;
			}
			return i + 1;
		}

		/**
		 * psql's heuristic: inside {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, semicolons between
		 * {@code BEGIN} and its {@code END} (outside parentheses) do not end the statement.
		 */
		private void word(String word) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (this.identifierCount < this.identifiers.length && (lower.equals("create") || lower.equals("function")
					|| lower.equals("procedure") || lower.equals("or") || lower.equals("replace"))) {
				this.identifiers[this.identifierCount] = lower.charAt(0);
			}
			this.identifierCount++;
			char[] ids = this.identifiers;
			boolean routine = ids[0] == 'c' && (ids[1] == 'f' || ids[1] == 'p'
					|| (ids[1] == 'o' && ids[2] == 'r' && (ids[3] == 'f' || ids[3] == 'p')));
			if (!routine || this.parenDepth != 0) {
				return;
			}
			if (lower.equals("begin")) {
				this.beginDepth++;
			}
			else if (lower.equals("case") && this.beginDepth >= 1) {
				this.beginDepth++;
			}
			else if (lower.equals("end") && this.beginDepth > 0) {
				this.beginDepth--;
			}
		}
	}

}
