package dev.prismaspring.schema.parse;

import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.ArgumentList;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.Identifier;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.ast.StringLiteral;

/**
 * Reads attributes and values on one line. Each method either returns what it read or throws
 * {@link SyntaxException}, which makes the whole line invalid, as Prisma's grammar does.
 */
final class ExpressionReader {

	// Deeper nesting than any schema needs: refused as a syntax error rather than overflowing the stack.
	static final int MAX_DEPTH = 200;

	private final LineCursor in;

	private int depth;

	ExpressionReader(LineCursor in) {
		this.in = in;
	}

	private static SyntaxException fail() {
		return new SyntaxException();
	}

	// attribute := "@"{1,2} path arguments?
	Attribute attribute(int atSigns) {
		int start = this.in.pos;
		this.in.pos += atSigns;
		this.in.skipWhitespace();
		String name = this.in.path();
		if (name == null) {
			throw fail();
		}
		int nameEnd = this.in.pos;
		int save = this.in.pos;
		this.in.skipWhitespace();
		ArgumentList arguments = null;
		if (this.in.peek() == '(') {
			arguments = arguments();
		}
		else {
			this.in.pos = save;
		}
		return new Attribute(name, this.in.span(start, nameEnd), arguments, this.in.span(start));
	}

	// arguments := "(" (argument ("," argument)*)? ","? ")"
	ArgumentList arguments() {
		int start = this.in.pos;
		expect('(');
		List<Argument> arguments = new ArrayList<>();
		boolean trailingComma = false;
		this.in.skipWhitespace();
		if (this.in.peek() != ')') {
			arguments.add(argument());
			this.in.skipWhitespace();
			while (this.in.accept(',')) {
				this.in.skipWhitespace();
				if (this.in.peek() == ')') {
					trailingComma = true;
					break;
				}
				arguments.add(argument());
				this.in.skipWhitespace();
			}
		}
		expect(')');
		return new ArgumentList(arguments, trailingComma, this.in.span(start));
	}

	// argument := identifier ":" expression? | expression
	private Argument argument() {
		int start = this.in.pos;
		String name = this.in.identifier();
		if (name != null) {
			Identifier identifier = new Identifier(name, this.in.span(start));
			int afterName = this.in.pos;
			this.in.skipWhitespace();
			if (this.in.accept(':')) {
				this.in.skipWhitespace();
				char next = this.in.peek();
				if (next == ',' || next == ')' || this.in.atEnd()) {
					return new Argument(identifier, null, this.in.span(start, afterName + 1));
				}
				Expression value = expression();
				return new Argument(identifier, value, this.in.span(start));
			}
			this.in.pos = start;
		}
		Expression value = expression();
		return new Argument(null, value, value.span());
	}

	// expression := function_call | array | number | string | path
	Expression expression() {
		if (this.depth >= MAX_DEPTH) {
			throw fail();
		}
		this.depth++;
		try {
			return nestedExpression();
		}
		finally {
			this.depth--;
		}
	}

	private Expression nestedExpression() {
		char c = this.in.peek();
		if (this.in.atEnd()) {
			throw fail();
		}
		if (c == '[') {
			return array();
		}
		if (c == '"') {
			return string();
		}
		if (c == '-' || (c >= '0' && c <= '9')) {
			return number();
		}
		int start = this.in.pos;
		String path = this.in.path();
		if (path == null) {
			throw fail();
		}
		int nameEnd = this.in.pos;
		this.in.skipWhitespace();
		if (this.in.peek() == '(') {
			ArgumentList arguments = arguments();
			return new FunctionCall(path, this.in.span(start, nameEnd), arguments, this.in.span(start));
		}
		this.in.pos = nameEnd;
		return new ConstantValue(path, this.in.span(start));
	}

	private ArrayExpression array() {
		int start = this.in.pos;
		expect('[');
		List<Expression> elements = new ArrayList<>();
		this.in.skipWhitespace();
		if (this.in.peek() != ']') {
			elements.add(expression());
			this.in.skipWhitespace();
			while (this.in.accept(',')) {
				this.in.skipWhitespace();
				elements.add(expression());
				this.in.skipWhitespace();
			}
		}
		expect(']');
		return new ArrayExpression(elements, this.in.span(start));
	}

	private NumericLiteral number() {
		int start = this.in.pos;
		this.in.accept('-');
		if (!digits()) {
			throw fail();
		}
		if (this.in.peek() == '.' && Character.isDigit(this.in.peek(1))) {
			this.in.pos++;
			digits();
		}
		return new NumericLiteral(this.in.text(start, this.in.pos), this.in.span(start));
	}

	private boolean digits() {
		int start = this.in.pos;
		while (this.in.peek() >= '0' && this.in.peek() <= '9' && !this.in.atEnd()) {
			this.in.pos++;
		}
		return this.in.pos > start;
	}

	StringLiteral string() {
		int start = this.in.pos;
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			if (this.in.atEnd()) {
				throw fail();
			}
			char c = this.in.peek();
			this.in.pos++;
			if (c == '"') {
				break;
			}
			if (c == '\\') {
				value.append(escape());
			}
			else if (Character.isISOControl(c) && c != '\t') {
				throw fail();
			}
			else {
				value.append(c);
			}
		}
		return new StringLiteral(value.toString(), this.in.text(start, this.in.pos), this.in.span(start));
	}

	// JSON's escapes; any other escaped character stands for itself.
	private String escape() {
		if (this.in.atEnd()) {
			throw fail();
		}
		char c = this.in.peek();
		this.in.pos++;
		switch (c) {
			case 'n':
				return "\n";
			case 'r':
				return "\r";
			case 't':
				return "\t";
			case 'b':
				return "\b";
			case 'f':
				return "\f";
			case 'u':
				return unicodeEscape();
			default:
				return String.valueOf(c);
		}
	}

	private String unicodeEscape() {
		int start = this.in.pos;
		for (int i = 0; i < 4; i++) {
			if (Character.digit(this.in.peek(), 16) < 0 || this.in.atEnd()) {
				this.in.pos = start;
				return "u";
			}
			this.in.pos++;
		}
		return String.valueOf((char) Integer.parseInt(this.in.text(start, this.in.pos), 16));
	}

	private void expect(char c) {
		if (!this.in.accept(c)) {
			throw fail();
		}
	}
}
