package dev.prismaspring.schema.parse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Comment;
import dev.prismaspring.schema.ast.EmptyLine;
import dev.prismaspring.schema.ast.Identifier;
import dev.prismaspring.schema.ast.InvalidLine;
import dev.prismaspring.schema.ast.SchemaFile;
import dev.prismaspring.schema.ast.TopItem;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * Reads a schema file into its syntax tree. Never throws for bad input: a line it cannot read
 * becomes an {@link InvalidLine} and a diagnostic, and reading goes on with the next line.
 *
 * <p>The grammar is Prisma's, line by line:
 * <pre>
 * schema      := (block | comment | empty_line | invalid_line)*
 * block       := keyword identifier "{" (rest of line ignored) NEWLINE entry* "}"
 * keyword     := "model" | "view" | "type" | "enum" | "datasource" | "generator"
 * entry       := field | enum_value | property | "@@" attribute | comment | empty_line | invalid_line
 * </pre>
 * A block without its closing brace is not a block: each of its lines is then read again at the
 * top level, as Prisma does.
 */
public final class SchemaParser {

	private final SourceFile file;

	private final String text;

	private final Diagnostics diagnostics;

	private int pos;

	// Offsets from which a block's lines run to the end of the file: an unclosed block is not read twice.
	private final BitSet unclosed = new BitSet();

	private SchemaParser(SourceFile file, Diagnostics diagnostics) {
		this.file = file;
		this.text = file.text();
		this.diagnostics = diagnostics;
	}

	/**
	 * @param file the schema file to read
	 * @param diagnostics where syntax errors go
	 * @return the syntax tree, with whatever could not be read kept as invalid lines
	 */
	public static SchemaFile parse(SourceFile file, Diagnostics diagnostics) {
		return new SchemaParser(file, diagnostics).parseFile();
	}

	private SchemaFile parseFile() {
		List<TopItem> items = new ArrayList<>();
		while (this.pos < this.text.length()) {
			parseTopLevel(items);
		}
		return new SchemaFile(this.file, items);
	}

	int lineEnd(int from) {
		int newline = this.text.indexOf('\n', from);
		int end = (newline < 0) ? this.text.length() : newline;
		return (end > from && this.text.charAt(end - 1) == '\r') ? end - 1 : end;
	}

	int nextLineStart(int from) {
		int newline = this.text.indexOf('\n', from);
		return (newline < 0) ? this.text.length() : newline + 1;
	}

	private void parseTopLevel(List<TopItem> items) {
		int lineStart = lineStartOf(this.pos);
		LineCursor line = new LineCursor(this.file, this.pos, lineEnd(this.pos));
		line.skipWhitespace();
		if (line.atEnd()) {
			if (this.pos == lineStart) {
				items.add(new EmptyLine(line.span(lineStart, line.end())));
			}
			this.pos = nextLineStart(this.pos);
			return;
		}
		if (line.startsWith("//")) {
			int start = line.pos;
			items.add(new Comment(line.commentToEnd(), line.span(start, line.pos)));
			this.pos = nextLineStart(this.pos);
			return;
		}
		int afterComment = BlockComments.read(line, items::add);
		if (afterComment >= 0) {
			this.pos = afterComment;
			return;
		}
		int keywordStart = line.pos;
		String keyword = line.identifier();
		BlockKind kind = (keyword != null) ? BlockKind.ofKeyword(keyword) : null;
		if (kind != null) {
			Block block = tryBlock(kind, keywordStart, line, items);
			if (block != null) {
				items.add(block);
				return;
			}
		}
		if (keyword != null) {
			line.pos = keywordStart;
			line.identifier();
			if (arbitraryBlock(items, keywordStart, line)) {
				return;
			}
		}
		invalidTopLevelLine(items, keywordStart, line.end(), kind == BlockKind.COMPOSITE_TYPE && isTypeAlias(line)
				? "Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types"
				: "This line is invalid. It does not start with any known Prisma schema keyword.");
	}

	// A word and a brace ("modle {", "model {") open a block Prisma does not know: it is skipped to
	// the next closing brace and reported once.
	private boolean arbitraryBlock(List<TopItem> items, int start, LineCursor line) {
		line.skipWhitespace();
		if (!line.accept('{')) {
			return false;
		}
		int close = this.text.indexOf('}', line.pos);
		if (close < 0) {
			return false;
		}
		InvalidLine block = new InvalidLine(this.text.substring(start, close + 1), line.span(start, close + 1));
		items.add(block);
		this.diagnostics.add(Diagnostic.error("Error validating: This block is invalid. It does not start with any known "
				+ "Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.",
				block.span()));
		this.pos = close + 1;
		return true;
	}

	private int lineStartOf(int offset) {
		int newline = this.text.lastIndexOf('\n', offset - 1);
		return newline + 1;
	}

	private static boolean isTypeAlias(LineCursor line) {
		line.skipWhitespace();
		line.identifier();
		line.skipWhitespace();
		return line.peek() == '=';
	}

	private void invalidTopLevelLine(List<TopItem> items, int start, int end, String message) {
		InvalidLine invalid = new InvalidLine(this.text.substring(start, end), new LineCursor(this.file, start, end).span(start, end));
		items.add(invalid);
		this.diagnostics.add(Diagnostic.error("Error validating: " + message, invalid.span()));
		this.pos = nextLineStart(start);
	}

	// block := keyword identifier "{" ... "}"; returns null, leaving pos alone, when it is not one
	private Block tryBlock(BlockKind kind, int keywordStart, LineCursor line, List<TopItem> items) {
		int keywordEnd = line.pos;
		line.skipWhitespace();
		int nameStart = line.pos;
		String name = line.identifier();
		if (name == null) {
			return null;
		}
		Identifier identifier = new Identifier(name, line.span(nameStart));
		line.skipWhitespace();
		if (!line.accept('{')) {
			return null;
		}
		BlockReader reader = new BlockReader(this.file, kind, identifier, this.unclosed);
		int close = reader.readEntries(nextLineStart(line.pos));
		if (close < 0) {
			return null;
		}
		reader.diagnostics().all().forEach(this.diagnostics::add);
		this.pos = close + 1;
		return new Block(kind, line.span(keywordStart, keywordEnd), identifier, reader.entries(),
				documentationAbove(items), line.span(keywordStart, close + 1));
	}

	// Prisma documents a block with the /// lines right above it.
	private static String documentationAbove(List<TopItem> items) {
		List<String> lines = new ArrayList<>();
		for (int i = items.size() - 1; i >= 0 && items.get(i) instanceof Comment comment; i--) {
			if (comment.isDocumentation()) {
				lines.add(0, comment.documentationText());
			}
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}
}
