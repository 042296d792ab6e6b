package dev.prismaspring.schema.validate;

/**
 * Reads a JSON text only to say whether it is valid and, if not, why, in the words and positions
 * Prisma's engine (serde_json) uses: {@code expected value at line 1 column 1}.
 */
final class JsonSyntax {

	private final String text;

	private int position;

	private JsonSyntax(String text) {
		this.text = text;
	}

	/** @return the error, or {@code null} when the text is valid JSON */
	static String error(String text) {
		JsonSyntax syntax = new JsonSyntax(text);
		try {
			syntax.value("a value");
			syntax.skipWhitespace();
			if (syntax.position < text.length()) {
				syntax.position++;
				throw syntax.failure("trailing characters");
			}
			return null;
		}
		catch (Failure failure) {
			return failure.getMessage();
		}
	}

	private void value(String context) {
		skipWhitespace();
		if (this.position >= this.text.length()) {
			throw failure("EOF while parsing " + context);
		}
		char c = this.text.charAt(this.position++);
		switch (c) {
			case '{' -> object();
			case '[' -> list();
			case '"' -> string();
			case 't' -> word("rue");
			case 'f' -> word("alse");
			case 'n' -> word("ull");
			default -> {
				if (c == '-' || Character.isDigit(c)) {
					number(c);
				}
				else {
					throw failure("expected value");
				}
			}
		}
	}

	private void object() {
		skipWhitespace();
		if (peekIs('}')) {
			this.position++;
			return;
		}
		while (true) {
			skipWhitespace();
			if (this.position >= this.text.length()) {
				throw failure("EOF while parsing an object");
			}
			if (this.text.charAt(this.position++) != '"') {
				throw failure("key must be a string");
			}
			string();
			skipWhitespace();
			if (this.position >= this.text.length()) {
				throw failure("EOF while parsing an object");
			}
			if (this.text.charAt(this.position++) != ':') {
				throw failure("expected `:`");
			}
			value("a value");
			skipWhitespace();
			if (this.position >= this.text.length()) {
				throw failure("EOF while parsing an object");
			}
			char c = this.text.charAt(this.position++);
			if (c == '}') {
				return;
			}
			if (c != ',') {
				throw failure("expected `,` or `}`");
			}
			skipWhitespace();
			if (peekIs('}')) {
				this.position++;
				throw failure("trailing comma");
			}
		}
	}

	private void list() {
		skipWhitespace();
		if (peekIs(']')) {
			this.position++;
			return;
		}
		while (true) {
			value("a value");
			skipWhitespace();
			if (this.position >= this.text.length()) {
				throw failure("EOF while parsing a list");
			}
			char c = this.text.charAt(this.position++);
			if (c == ']') {
				return;
			}
			if (c != ',') {
				throw failure("expected `,` or `]`");
			}
			skipWhitespace();
			if (peekIs(']')) {
				this.position++;
				throw failure("trailing comma");
			}
		}
	}

	private void string() {
		while (this.position < this.text.length()) {
			char c = this.text.charAt(this.position++);
			if (c == '"') {
				return;
			}
			if (c == '\\') {
				if (this.position >= this.text.length()) {
					break;
				}
				this.position++;
			}
			else if (c < 0x20) {
				throw failure("control character (\\u0000-\\u001F) found while parsing a string");
			}
		}
		throw failure("EOF while parsing a string");
	}

	private void word(String rest) {
		for (char expected : rest.toCharArray()) {
			if (this.position >= this.text.length()) {
				throw failure("EOF while parsing a value");
			}
			if (this.text.charAt(this.position++) != expected) {
				throw failure("expected ident");
			}
		}
	}

	private void number(char first) {
		if (first == '-') {
			if (this.position >= this.text.length()) {
				throw failure("EOF while parsing a value");
			}
			if (!Character.isDigit(this.text.charAt(this.position++))) {
				throw failure("invalid number");
			}
		}
		while (this.position < this.text.length() && (Character.isDigit(this.text.charAt(this.position))
				|| ".eE+-".indexOf(this.text.charAt(this.position)) >= 0)) {
			this.position++;
		}
	}

	private boolean peekIs(char c) {
		return this.position < this.text.length() && this.text.charAt(this.position) == c;
	}

	private void skipWhitespace() {
		while (this.position < this.text.length() && " \t\n\r".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
	}

	// serde_json counts columns up to and including the character it stopped at.
	private Failure failure(String reason) {
		int line = 1;
		int column = 0;
		for (int i = 0; i < this.position && i < this.text.length(); i++) {
			if (this.text.charAt(i) == '\n') {
				line++;
				column = 0;
			}
			else {
				column++;
			}
		}
		return new Failure(reason + " at line " + line + " column " + column);
	}

	private static final class Failure extends RuntimeException {

		Failure(String message) {
			super(message, null, false, false);
		}
	}
}
