package dev.prismaspring.schema.diagnostics;

import java.util.List;
import java.util.Locale;

import dev.prismaspring.schema.SourceFile;

/**
 * Prints diagnostics the way Prisma's CLI does: the message, an arrow to the file and line, and
 * the source line with the one before it; we add the column and a caret line under the span.
 */
public final class DiagnosticPrinter {

	private DiagnosticPrinter() {
	}

	/**
	 * @param diagnostics what to print
	 * @return the printed diagnostics followed by Prisma's error count line when there are errors
	 */
	public static String print(List<Diagnostic> diagnostics) {
		StringBuilder out = new StringBuilder();
		for (Diagnostic diagnostic : diagnostics) {
			out.append(print(diagnostic));
		}
		long errors = diagnostics.stream().filter(Diagnostic::isError).count();
		if (errors > 0) {
			out.append("Validation Error Count: ").append(errors).append('\n');
		}
		return out.toString();
	}

	/**
	 * @param diagnostic what to print
	 * @return the diagnostic as a block of lines, ending in a newline
	 */
	public static String print(Diagnostic diagnostic) {
		Span span = diagnostic.span();
		SourceFile file = span.file();
		int line = span.line();
		String gutter = " ".repeat(String.valueOf(line).length());
		StringBuilder out = new StringBuilder();
		out.append(diagnostic.severity().name().toLowerCase(Locale.ROOT))
			.append('[')
			.append(diagnostic.code())
			.append("]: ")
			.append(diagnostic.message())
			.append('\n');
		out.append(gutter).append(" -->  ").append(span.location()).append('\n');
		out.append(gutter).append(" | \n");
		if (line > 1) {
			appendSourceLine(out, file, line - 1, gutter.length());
		}
		appendSourceLine(out, file, line, gutter.length());
		String source = file.line(line);
		int from = Math.min(span.column() - 1, source.length());
		int width = (span.endLine() == line) ? Math.max(1, span.end() - span.start()) : Math.max(1, source.length() - from);
		out.append(gutter).append(" | ").append(caretIndent(source, from)).append("^".repeat(width)).append('\n');
		return out.toString();
	}

	private static void appendSourceLine(StringBuilder out, SourceFile file, int line, int gutterWidth) {
		String number = String.valueOf(line);
		out.append(" ".repeat(gutterWidth - number.length())).append(number).append(" | ").append(file.line(line)).append('\n');
	}

	// Keeps tabs so the carets stay under the span on a terminal.
	private static String caretIndent(String source, int width) {
		StringBuilder indent = new StringBuilder(width);
		for (int i = 0; i < width; i++) {
			indent.append(source.charAt(i) == '\t' ? '\t' : ' ');
		}
		return indent.toString();
	}
}
