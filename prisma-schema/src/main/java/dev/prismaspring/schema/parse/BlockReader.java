package dev.prismaspring.schema.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockEntry;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Comment;
import dev.prismaspring.schema.ast.EmptyLine;
import dev.prismaspring.schema.ast.EnumValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.FieldType;
import dev.prismaspring.schema.ast.Identifier;
import dev.prismaspring.schema.ast.InvalidLine;
import dev.prismaspring.schema.ast.Property;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.Diagnostics;
import dev.prismaspring.schema.diagnostics.Span;

/**
 * Reads the lines of one block up to its closing brace. Its diagnostics are kept apart until the
 * brace is found: a block that never closes is no block, and its lines are read again.
 */
final class BlockReader {

	private final SourceFile file;

	private final String text;

	private final BlockKind kind;

	private final Identifier blockName;

	private final Diagnostics diagnostics = new Diagnostics();

	// Found while reading the current line; dropped when the line turns out to be invalid.
	private final List<Diagnostic> lineDiagnostics = new ArrayList<>();

	private final List<BlockEntry> entries = new ArrayList<>();

	// Offsets from which an earlier reader of the same file ran to the end without a closing brace.
	private final BitSet unclosed;

	BlockReader(SourceFile file, BlockKind kind, Identifier blockName, BitSet unclosed) {
		this.file = file;
		this.unclosed = unclosed;
		this.text = file.text();
		this.kind = kind;
		this.blockName = blockName;
	}

	Diagnostics diagnostics() {
		return this.diagnostics;
	}

	List<BlockEntry> entries() {
		return this.entries;
	}

	/**
	 * @param from where the first line after the opening brace starts
	 * @return the offset of the closing brace, or -1 when the file ends first
	 */
	int readEntries(int from) {
		// The offsets of the lines read, to mark them when the block turns out unclosed: a list of
		// this block's offsets, not a bit set the size of the file, so that a long file is not quadratic.
		int[] visited = new int[16];
		int visitedCount = 0;
		int pos = from;
		while (pos < this.text.length()) {
			// Where to stop depends on the offset alone: from an offset known to reach the end, so do we.
			if (this.unclosed.get(pos)) {
				break;
			}
			if (visitedCount == visited.length) {
				visited = Arrays.copyOf(visited, visitedCount * 2);
			}
			visited[visitedCount++] = pos;
			int lineStart = this.text.lastIndexOf('\n', pos - 1) + 1;
			int newline = this.text.indexOf('\n', pos);
			int lineEnd = (newline < 0) ? this.text.length() : newline;
			if (lineEnd > pos && this.text.charAt(lineEnd - 1) == '\r') {
				lineEnd--;
			}
			LineCursor line = new LineCursor(this.file, pos, lineEnd);
			line.skipWhitespace();
			if (line.peek() == '}' && !line.atEnd()) {
				return line.pos;
			}
			int afterComment = BlockComments.read(line, this.entries::add);
			if (afterComment >= 0) {
				pos = afterComment;
				continue;
			}
			if (pos == lineStart || !line.atEnd()) {
				readEntry(line, lineStart);
			}
			pos = (newline < 0) ? this.text.length() : newline + 1;
		}
		for (int i = 0; i < visitedCount; i++) {
			this.unclosed.set(visited[i]);
		}
		return -1;
	}

	private void readEntry(LineCursor line, int lineStart) {
		if (line.atEnd()) {
			this.entries.add(new EmptyLine(line.span(lineStart, line.end())));
			return;
		}
		if (line.startsWith("//")) {
			int start = line.pos;
			this.entries.add(new Comment(line.commentToEnd(), line.span(start, line.pos)));
			return;
		}
		int start = line.pos;
		this.lineDiagnostics.clear();
		try {
			BlockEntry entry = line.startsWith("@@") ? blockAttribute(line) : declaration(line);
			if (entry != null) {
				this.entries.add(entry);
				this.lineDiagnostics.forEach(this.diagnostics::add);
				return;
			}
		}
		catch (SyntaxException ex) {
			// reported below, for the whole line
		}
		InvalidLine invalid = new InvalidLine(line.text(start, line.end()), line.span(start, line.end()));
		this.entries.add(invalid);
		this.diagnostics.error("Error validating: " + invalidLineMessage(), invalid.span());
	}

	private String invalidLineMessage() {
		return switch (this.kind) {
			case ENUM -> "This line is not an enum value definition.";
			case DATASOURCE -> "This line is not a valid definition within a datasource.";
			case GENERATOR -> "This line is not a valid definition within a generator.";
			default -> "This line is not a valid field or attribute definition.";
		};
	}

	private BlockEntry blockAttribute(LineCursor line) {
		if (this.kind.isConfiguration()) {
			return null;
		}
		Attribute attribute = new ExpressionReader(line).attribute(2);
		Comment trailing = trailingComment(line);
		return new BlockAttribute(attribute, trailing, attribute.span());
	}

	private BlockEntry declaration(LineCursor line) {
		int start = line.pos;
		String name = line.identifier();
		if (name == null) {
			return null;
		}
		Identifier identifier = new Identifier(name, line.span(start));
		return switch (this.kind) {
			case ENUM -> enumValue(line, identifier);
			case DATASOURCE, GENERATOR -> property(line, identifier);
			default -> field(line, identifier);
		};
	}

	// enum_value := identifier attribute* comment?
	private EnumValue enumValue(LineCursor line, Identifier name) {
		List<Attribute> attributes = fieldAttributes(line);
		int end = attributes.isEmpty() ? name.span().end() : attributes.get(attributes.size() - 1).span().end();
		Comment trailing = trailingComment(line);
		return new EnumValue(name, attributes, trailing, documentationAbove(), line.span(name.span().start(), end));
	}

	// property := identifier "=" expression? comment?
	private Property property(LineCursor line, Identifier key) {
		line.skipWhitespace();
		if (!line.accept('=')) {
			return null;
		}
		line.skipWhitespace();
		Expression value = null;
		if (!line.atEnd() && !line.startsWith("//")) {
			value = new ExpressionReader(line).expression();
		}
		int end = (value != null) ? value.span().end() : line.pos;
		Comment trailing = trailingComment(line);
		return new Property(key, value, trailing, documentationAbove(), line.span(key.span().start(), end));
	}

	// field := identifier ":"? type? attribute* comment?
	private Field field(LineCursor line, Identifier name) {
		line.skipWhitespace();
		if (line.peek() == ':' && !line.atEnd()) {
			int colon = line.pos;
			line.pos++;
			lineError("Error validating: Field declarations don't require a `:`.", line.span(colon));
			line.skipWhitespace();
		}
		FieldType type = fieldType(line);
		List<Attribute> attributes = fieldAttributes(line);
		int end = !attributes.isEmpty() ? attributes.get(attributes.size() - 1).span().end()
				: (type != null) ? type.span().end() : name.span().end();
		Comment trailing = trailingComment(line);
		Span span = line.span(name.span().start(), end);
		if (type == null) {
			lineError("Error validating " + containerDescription()
					+ ": This field declaration is invalid. It is either missing a name or a type.", span);
		}
		return new Field(name, type, attributes, trailing, documentationAbove(), span);
	}

	private String containerDescription() {
		return switch (this.kind) {
			case VIEW -> "view \"" + this.blockName.name() + "\"";
			case COMPOSITE_TYPE -> "composite type \"" + this.blockName.name() + "\"";
			default -> "model \"" + this.blockName.name() + "\"";
		};
	}

	// type := "[" identifier "]" | identifier ("(" string ")")? ("[]" "?"? | "?" | "!")?
	private FieldType fieldType(LineCursor line) {
		int start = line.pos;
		if (line.peek() == '[' && !line.atEnd()) {
			line.pos++;
			line.skipWhitespace();
			int nameStart = line.pos;
			String name = line.identifier();
			if (name == null) {
				throw new SyntaxException();
			}
			Span nameSpan = line.span(nameStart);
			line.skipWhitespace();
			if (!line.accept(']')) {
				throw new SyntaxException();
			}
			lineError("To specify a list, please use `Type[]` instead of `[Type]`.", line.span(start));
			return new FieldType(name, nameSpan, Arity.LIST, null, line.span(start));
		}
		String name = line.identifier();
		if (name == null) {
			return null;
		}
		Span nameSpan = line.span(start);
		StringLiteral unsupported = null;
		if (name.equals("Unsupported") && line.peek() == '(') {
			line.pos++;
			line.skipWhitespace();
			unsupported = new ExpressionReader(line).string();
			line.skipWhitespace();
			if (!line.accept(')')) {
				throw new SyntaxException();
			}
		}
		Arity arity = Arity.REQUIRED;
		int typeEnd = line.pos;
		line.skipWhitespace();
		if (line.peek() == '[' && !line.atEnd()) {
			line.pos++;
			line.skipWhitespace();
			if (!line.accept(']')) {
				throw new SyntaxException();
			}
			arity = Arity.LIST;
			typeEnd = line.pos;
			line.skipWhitespace();
			if (line.peek() == '?' && !line.atEnd()) {
				line.pos++;
				typeEnd = line.pos;
				lineError("Optional lists are not supported. Use either `Type[]` or `Type?`.", line.span(start));
			}
		}
		else if (line.peek() == '?' && !line.atEnd()) {
			line.pos++;
			typeEnd = line.pos;
			arity = Arity.OPTIONAL;
		}
		else if (line.peek() == '!' && !line.atEnd()) {
			line.pos++;
			typeEnd = line.pos;
			lineError("Fields are required by default, `!` is no longer required.", line.span(start));
		}
		line.pos = typeEnd;
		return new FieldType(name, nameSpan, arity, unsupported, line.span(start));
	}

	private List<Attribute> fieldAttributes(LineCursor line) {
		List<Attribute> attributes = new ArrayList<>();
		while (true) {
			int save = line.pos;
			line.skipWhitespace();
			if (line.peek() != '@' || line.peek(1) == '@' || line.atEnd()) {
				line.pos = save;
				return attributes;
			}
			attributes.add(new ExpressionReader(line).attribute(1));
		}
	}

	// comment? end-of-line; anything else makes the line invalid
	private Comment trailingComment(LineCursor line) {
		line.skipWhitespace();
		if (line.atEnd()) {
			return null;
		}
		if (line.startsWith("//")) {
			int start = line.pos;
			return new Comment(line.commentToEnd(), line.span(start, line.pos));
		}
		throw new SyntaxException();
	}

	// The /// lines right above an entry document it.
	private String documentationAbove() {
		List<String> lines = new ArrayList<>();
		for (int i = this.entries.size() - 1; i >= 0 && this.entries.get(i) instanceof Comment comment; i--) {
			if (comment.isDocumentation()) {
				lines.add(0, comment.documentationText());
			}
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private void lineError(String message, Span span) {
		this.lineDiagnostics.add(Diagnostic.error(message, span));
	}
}
