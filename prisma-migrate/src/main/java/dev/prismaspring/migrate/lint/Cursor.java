package dev.prismaspring.migrate.lint;

import java.util.ArrayList;
import java.util.List;

/** Reading a statement's tokens front to back, keywords matched without regard to case. */
final class Cursor {

	private final List<Token> tokens;

	private int position;

	Cursor(List<Token> tokens) {
		this.tokens = tokens;
	}

	boolean atEnd() {
		return this.position >= this.tokens.size();
	}

	/** @return the next token, or {@code null} at the end */
	Token peek() {
		return peek(0);
	}

	/** @return the token {@code ahead} places after the next one, or {@code null} past the end */
	Token peek(int ahead) {
		int index = this.position + ahead;
		return (index < this.tokens.size()) ? this.tokens.get(index) : null;
	}

	/** @return the next token, consumed, or {@code null} at the end */
	Token next() {
		Token token = peek();
		if (token != null) {
			this.position++;
		}
		return token;
	}

	/** @return whether the next tokens are these keywords, in order; consumed when they are */
	boolean accept(String... keywords) {
		for (int i = 0; i < keywords.length; i++) {
			Token token = peek(i);
			if (token == null || !token.is(keywords[i])) {
				return false;
			}
		}
		this.position += keywords.length;
		return true;
	}

	/** @return whether the next token is this symbol; consumed when it is */
	boolean acceptSymbol(char symbol) {
		Token token = peek();
		if (token != null && token.isSymbol(symbol)) {
			this.position++;
			return true;
		}
		return false;
	}

	/** @return the next token's identifier, consumed, or {@code null} when the next token is none */
	String identifier() {
		Token token = peek();
		if (token == null || !token.isIdentifier()) {
			return null;
		}
		this.position++;
		return token.identifier();
	}

	/** @return a possibly schema-qualified name ({@code a.b.c} keeps its last two parts), or {@code null} */
	TableName tableName() {
		String last = identifier();
		if (last == null) {
			return null;
		}
		String schema = null;
		while (peek() != null && peek().isSymbol('.') && peek(1) != null && peek(1).isIdentifier()) {
			this.position++;
			schema = last;
			last = identifier();
		}
		return new TableName(schema, last);
	}

	/** @return the comma-separated table names that follow, each possibly followed by {@code *} */
	List<TableName> tableNames() {
		List<TableName> names = new ArrayList<>();
		TableName name = tableName();
		while (name != null) {
			names.add(name);
			acceptSymbol('*');
			if (!acceptSymbol(',')) {
				break;
			}
			name = tableName();
		}
		return names;
	}

	/**
	 * Skips a parenthesised group when one comes next.
	 *
	 * @return the parenthesis that closes it, or {@code null} when no group comes next or it is not closed
	 */
	Token skipParentheses() {
		Token open = peek();
		if (open == null || !open.isSymbol('(')) {
			return null;
		}
		this.position++;
		while (!atEnd()) {
			Token token = next();
			if (token.isSymbol(')') && token.depth() == open.depth()) {
				return token;
			}
		}
		return null;
	}

	/**
	 * Moves past the first {@code keyword} outside parentheses among the tokens not read yet.
	 *
	 * @param keyword a keyword
	 * @return whether there was one; when not, the cursor is at the end
	 */
	boolean skipPast(String keyword) {
		int depth = atEnd() ? 0 : peek().depth();
		while (!atEnd()) {
			Token token = next();
			if (token.depth() == depth && token.is(keyword)) {
				return true;
			}
		}
		return false;
	}

	/** @return the tokens not read yet */
	List<Token> rest() {
		return this.tokens.subList(Math.min(this.position, this.tokens.size()), this.tokens.size());
	}

	/**
	 * @param keywords keywords in order
	 * @return whether they occur in sequence, outside parentheses, among the tokens not read yet
	 */
	boolean containsAtTopLevel(String... keywords) {
		List<Token> rest = rest();
		int depth = rest.isEmpty() ? 0 : rest.get(0).depth();
		for (int i = 0; i + keywords.length <= rest.size(); i++) {
			boolean match = true;
			for (int k = 0; k < keywords.length && match; k++) {
				Token token = rest.get(i + k);
				match = token.depth() == depth && token.is(keywords[k]);
			}
			if (match) {
				return true;
			}
		}
		return false;
	}
}
