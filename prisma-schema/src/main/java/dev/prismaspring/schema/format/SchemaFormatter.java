package dev.prismaspring.schema.format;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.ArgumentList;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockEntry;
import dev.prismaspring.schema.ast.Comment;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.EmptyLine;
import dev.prismaspring.schema.ast.EnumValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.FieldType;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.InvalidLine;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.ast.Property;
import dev.prismaspring.schema.ast.SchemaFile;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.ast.TopItem;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * Formats a schema file the way {@code prisma format} does: two-space indentation, the columns
 * of a block aligned within groups that blank lines separate, one blank line between blocks and
 * before a block's first {@code @@} attribute, normalised argument spacing. Comments and lines
 * that do not parse are kept.
 */
public final class SchemaFormatter {

	private static final String INDENT = "  ";

	private SchemaFormatter() {
	}

	/**
	 * @param text the schema file's content
	 * @param fileName the file's name, for the parser
	 * @return the formatted content, ending with one newline
	 */
	public static String format(String text, String fileName) {
		SchemaFile file = PrismaSchema.parse(List.of(new SourceFile(fileName, text)), new Diagnostics()).files().get(0);
		StringBuilder out = new StringBuilder();
		List<TopItem> items = file.items();
		boolean pendingBlank = false;
		for (int i = 0; i < items.size(); i++) {
			TopItem item = items.get(i);
			if (item instanceof EmptyLine) {
				pendingBlank = out.length() > 0;
				continue;
			}
			if (pendingBlank) {
				out.append('\n');
				pendingBlank = false;
			}
			if (item instanceof Block block) {
				appendBlock(out, block);
				pendingBlank = startsOnALaterLine(items, i, text);
			}
			else if (item instanceof Comment comment) {
				out.append(comment.text()).append('\n');
			}
			else if (item instanceof InvalidLine invalid) {
				out.append(invalid.text().stripTrailing()).append('\n');
			}
		}
		return out.toString();
	}

	// Prisma puts a blank line after a block unless what follows starts on the brace's own line.
	private static boolean startsOnALaterLine(List<TopItem> items, int index, String text) {
		if (index + 1 >= items.size()) {
			return false;
		}
		int close = items.get(index).span().end();
		int next = items.get(index + 1).span().start();
		return text.substring(close, Math.min(next, text.length())).indexOf('\n') >= 0;
	}

	private static void appendBlock(StringBuilder out, Block block) {
		out.append(block.kind().keyword()).append(' ').append(block.name().name()).append(" {\n");
		List<List<String[]>> groups = new ArrayList<>();
		List<String[]> group = new ArrayList<>();
		List<BlockEntry> entries = trimEmptyLines(attributesLast(block.entries()));
		for (BlockEntry entry : entries) {
			if (entry instanceof EmptyLine) {
				if (!group.isEmpty() && !isBlank(group.get(group.size() - 1))) {
					group.add(blank());
				}
				continue;
			}
			if (entry instanceof BlockAttribute attribute) {
				group.add(new String[] { null, "@@" + attribute(attribute.attribute()).substring(1), comment(attribute.trailingComment()) });
				continue;
			}
			if (entry instanceof Comment comment) {
				group.add(new String[] { null, comment.text(), null });
				continue;
			}
			if (entry instanceof InvalidLine invalid) {
				group.add(new String[] { null, invalid.text().stripTrailing(), null });
				continue;
			}
			group.add(row(entry));
		}
		groups.add(group);
		for (List<String[]> rows : groups) {
			appendAligned(out, rows);
		}
		out.append("}\n");
	}

	// Prisma writes block attributes in one order, after the fields and one blank line, each
	// with the comment lines right above it.
	private static final List<String> BLOCK_ATTRIBUTE_ORDER = List.of("id", "unique", "index", "fulltext", "map",
			"ignore", "schema");

	private static List<BlockEntry> attributesLast(List<BlockEntry> entries) {
		List<BlockEntry> ordered = new ArrayList<>(entries.size() + 1);
		List<List<BlockEntry>> attributes = new ArrayList<>();
		for (BlockEntry entry : entries) {
			if (entry instanceof BlockAttribute) {
				List<BlockEntry> unit = new ArrayList<>();
				while (!ordered.isEmpty() && ordered.get(ordered.size() - 1) instanceof Comment) {
					unit.add(0, ordered.remove(ordered.size() - 1));
				}
				unit.add(entry);
				attributes.add(unit);
			}
			else {
				ordered.add(entry);
			}
		}
		attributes.sort(java.util.Comparator.comparingInt(SchemaFormatter::blockAttributeRank));
		ordered = new ArrayList<>(trimEmptyLines(ordered));
		if (!ordered.isEmpty() && !attributes.isEmpty()) {
			ordered.add(new EmptyLine(attributes.get(0).get(0).span()));
		}
		attributes.forEach(ordered::addAll);
		return ordered;
	}

	private static int blockAttributeRank(List<BlockEntry> unit) {
		int rank = BLOCK_ATTRIBUTE_ORDER.indexOf(((BlockAttribute) unit.get(unit.size() - 1)).name());
		return (rank >= 0) ? rank : BLOCK_ATTRIBUTE_ORDER.size();
	}

	private static List<BlockEntry> trimEmptyLines(List<BlockEntry> entries) {
		int start = 0;
		int end = entries.size();
		while (start < end && entries.get(start) instanceof EmptyLine) {
			start++;
		}
		while (end > start && entries.get(end - 1) instanceof EmptyLine) {
			end--;
		}
		return entries.subList(start, end);
	}

	private static String[] blank() {
		return new String[0];
	}

	private static boolean isBlank(String[] row) {
		return row.length == 0;
	}

	// A declaration row: cells to align, then the trailing comment as the last cell.
	private static String[] row(BlockEntry entry) {
		if (entry instanceof Field field) {
			return new String[] { field.name().name(), type(field.type()), attributes(field.attributes()),
					comment(field.trailingComment()) };
		}
		if (entry instanceof EnumValue value) {
			return new String[] { value.name().name(), attributes(value.attributes()), comment(value.trailingComment()) };
		}
		Property property = (Property) entry;
		return new String[] { property.key().name(), "= " + ((property.value() != null) ? expression(property.value()) : ""),
				comment(property.trailingComment()) };
	}

	// Aligns the cells of consecutive declaration rows; blank rows end an alignment run.
	private static void appendAligned(StringBuilder out, List<String[]> rows) {
		int start = 0;
		while (start < rows.size()) {
			int end = start;
			while (end < rows.size() && !isBlank(rows.get(end))) {
				end++;
			}
			appendRun(out, rows.subList(start, end));
			if (end < rows.size()) {
				out.append('\n');
			}
			start = end + 1;
		}
	}

	private static void appendRun(StringBuilder out, List<String[]> rows) {
		int columns = 0;
		for (String[] row : rows) {
			if (row[0] != null) {
				columns = Math.max(columns, row.length - 1);
			}
		}
		int[] widths = new int[Math.max(columns, 0)];
		for (String[] row : rows) {
			if (row[0] == null) {
				continue;
			}
			for (int c = 0; c < row.length - 1; c++) {
				widths[c] = Math.max(widths[c], row[c].length());
			}
		}
		for (String[] row : rows) {
			out.append(INDENT);
			if (row[0] == null) {
				out.append(row[1]);
				if (row[2] != null) {
					out.append(' ').append(row[2]);
				}
				out.append('\n');
				continue;
			}
			int last = row.length - 2;
			StringBuilder line = new StringBuilder();
			for (int c = 0; c <= last; c++) {
				line.append(row[c]);
				if (c < last) {
					line.append(" ".repeat(widths[c] - row[c].length() + 1));
				}
			}
			String comment = row[row.length - 1];
			out.append(line.toString().stripTrailing());
			if (comment != null) {
				out.append(' ').append(comment);
			}
			out.append('\n');
		}
	}

	private static String comment(Comment comment) {
		return (comment != null) ? comment.text() : null;
	}

	private static String type(FieldType type) {
		if (type == null) {
			return "";
		}
		String name = type.isUnsupported() ? "Unsupported(" + type.unsupported().raw() + ")" : type.name();
		return name + type.arity().suffix();
	}

	// Prisma writes field attributes in one order; others keep their place after these.
	private static final List<String> ATTRIBUTE_ORDER = List.of("id", "unique", "default", "updatedAt", "ignore", "map",
			"relation", "db");

	private static String attributes(List<Attribute> attributes) {
		return attributes.stream()
			.sorted(java.util.Comparator.comparingInt(SchemaFormatter::attributeRank))
			.map(SchemaFormatter::attribute)
			.collect(Collectors.joining(" "));
	}

	private static int attributeRank(Attribute attribute) {
		String name = attribute.name().startsWith("db.") ? "db" : attribute.name();
		int rank = ATTRIBUTE_ORDER.indexOf(name);
		return (rank >= 0) ? rank : ATTRIBUTE_ORDER.size();
	}

	private static String attribute(Attribute attribute) {
		return "@" + attribute.name() + ((attribute.arguments() != null) ? arguments(attribute.arguments()) : "");
	}

	private static String arguments(ArgumentList arguments) {
		return arguments.arguments().stream().map(SchemaFormatter::argument).collect(Collectors.joining(", ", "(", ")"));
	}

	private static String argument(Argument argument) {
		String value = (argument.value() != null) ? expression(argument.value()) : "";
		return argument.isNamed() ? argument.name().name() + ": " + value : value;
	}

	static String expression(Expression expression) {
		if (expression instanceof StringLiteral string) {
			return string.raw();
		}
		if (expression instanceof NumericLiteral number) {
			return number.raw();
		}
		if (expression instanceof ConstantValue constant) {
			return constant.value();
		}
		if (expression instanceof FunctionCall call) {
			return call.name() + arguments(call.arguments());
		}
		ArrayExpression array = (ArrayExpression) expression;
		return array.elements().stream().map(SchemaFormatter::expression).collect(Collectors.joining(", ", "[", "]"));
	}
}
