package dev.prismaspring.client.engine;

import dev.prismaspring.client.errors.PrismaClientException;

/**
 * Reads the JSON that PostgreSQL writes (json_build_array, json_agg, to_json) value by value, so
 * that each value is decoded by the codec of the field it belongs to. Json fields keep their
 * text exactly as the database wrote it.
 */
final class JsonReader {

	private final String text;

	private int position;

	JsonReader(String text) {
		this.text = text;
	}

	/** @return whether the next value is {@code null}, consuming it if so */
	boolean nextIsNull() {
		skipSpace();
		if (this.text.startsWith("null", this.position)) {
			this.position += 4;
			return true;
		}
		return false;
	}

	char peek() {
		skipSpace();
		if (this.position >= this.text.length()) {
			throw malformed("unexpected end");
		}
		return this.text.charAt(this.position);
	}

	void beginArray() {
		expect('[');
	}

	/** @return whether the current array has another element, consuming the comma before it */
	boolean hasNext() {
		char next = peek();
		if (next == ']') {
			return false;
		}
		if (next == ',') {
			this.position++;
		}
		return true;
	}

	void endArray() {
		expect(']');
	}

	String readString() {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			if (this.position >= this.text.length()) {
				throw malformed("unterminated string");
			}
			char c = this.text.charAt(this.position++);
			if (c == '"') {
				return value.toString();
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			char escaped = this.text.charAt(this.position++);
			switch (escaped) {
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> {
					value.append((char) Integer.parseInt(this.text.substring(this.position, this.position + 4), 16));
					this.position += 4;
				}
				default -> value.append(escaped);
			}
		}
	}

	/** @return a number as written, or the text of a string (PostgreSQL quotes NaN and Infinity) */
	String readNumber() {
		if (peek() == '"') {
			return readString();
		}
		int start = this.position;
		while (this.position < this.text.length() && "+-.0123456789eE".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
		if (start == this.position) {
			throw malformed("number expected");
		}
		return this.text.substring(start, this.position);
	}

	boolean readBoolean() {
		skipSpace();
		if (this.text.startsWith("true", this.position)) {
			this.position += 4;
			return true;
		}
		if (this.text.startsWith("false", this.position)) {
			this.position += 5;
			return false;
		}
		throw malformed("boolean expected");
	}

	/** @return the next value's text, unparsed */
	String readRaw() {
		skipSpace();
		int start = this.position;
		skipValue();
		return this.text.substring(start, this.position);
	}

	private void skipValue() {
		char c = peek();
		if (c == '"') {
			readString();
		}
		else if (c == '[' || c == '{') {
			char close = (c == '[') ? ']' : '}';
			this.position++;
			while (peek() != close) {
				char next = peek();
				if (next == ',' || next == ':') {
					this.position++;
				}
				else {
					skipValue();
				}
			}
			this.position++;
		}
		else {
			while (this.position < this.text.length() && ",]}: \t\r\n".indexOf(this.text.charAt(this.position)) < 0) {
				this.position++;
			}
		}
	}

	private void expect(char c) {
		if (peek() != c) {
			throw malformed("'" + c + "' expected");
		}
		this.position++;
	}

	private void skipSpace() {
		while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private PrismaClientException malformed(String problem) {
		return new PrismaClientException("P2023", "Could not read the database's JSON result: " + problem
				+ " at offset " + this.position + ".", null);
	}
}
