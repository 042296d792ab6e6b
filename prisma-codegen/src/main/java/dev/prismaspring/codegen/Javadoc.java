package dev.prismaspring.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc from schema comments ({@code ///}). The text is the schema author's, so it is escaped:
 * HTML characters become entities, {@code *}{@code /} cannot end the comment, a leading {@code @}
 * cannot start a tag, and a backslash cannot start a unicode escape (which javac reads even inside
 * comments).
 */
final class Javadoc {

	private static final int WIDTH = 110;

	private Javadoc() {
	}

	/**
	 * @param text a schema comment, or {@code null}
	 * @return the text, escaped, one entry per line; empty for {@code null}
	 */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return lines;
		}
		for (String line : text.strip().split("\r?\n|\r")) {
			lines.add(escape(line.strip()));
		}
		return lines;
	}

	/**
	 * @param text a schema comment, or {@code null}
	 * @return the text, escaped, on one line; empty for {@code null}
	 */
	static String inline(String text) {
		return String.join(" ", lines(text));
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '\\' -> out.append("&#92;");
				case '@' -> out.append("&#64;");
				case '/' -> out.append((i > 0 && text.charAt(i - 1) == '*') ? "&#47;" : "/");
				default -> {
					if (Character.isISOControl(c)) {
						out.append(' ');
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/**
	 * @param out where to write
	 * @param indent the indentation
	 * @param paragraphs the comment's paragraphs (each already escaped, possibly several lines); empty ones are skipped
	 * @param tags block tags such as {@code @param name text}, already escaped
	 */
	static void write(StringBuilder out, String indent, List<String> paragraphs, List<String> tags) {
		List<String> body = new ArrayList<>();
		for (String paragraph : paragraphs) {
			if (paragraph == null || paragraph.isEmpty()) {
				continue;
			}
			if (!body.isEmpty()) {
				body.add("");
				paragraph = "<p>" + paragraph;
			}
			for (String line : paragraph.split("\n")) {
				body.addAll(wrap(line, WIDTH - indent.length() * 4));
			}
		}
		if (!tags.isEmpty()) {
			if (!body.isEmpty()) {
				body.add("");
			}
			for (String tag : tags) {
				List<String> lines = wrap(tag, WIDTH - indent.length() * 4);
				body.add(lines.get(0));
				body.addAll(lines.subList(1, lines.size()));
			}
		}
		if (body.isEmpty()) {
			return;
		}
		if (body.size() == 1 && body.get(0).length() < WIDTH - indent.length() * 4 - 7) {
			out.append(indent).append("/** ").append(body.get(0)).append(" */\n");
			return;
		}
		out.append(indent).append("/**\n");
		for (String line : body) {
			out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
		}
		out.append(indent).append(" */\n");
	}

	// Breaks at spaces outside inline tags, so that {@code ...} stays on one line.
	private static List<String> wrap(String line, int width) {
		List<String> lines = new ArrayList<>();
		String rest = line;
		while (rest.length() > width) {
			int cut = -1;
			int depth = 0;
			for (int i = 0; i < rest.length() && (i <= width || cut < 0); i++) {
				char c = rest.charAt(i);
				if (c == '{') {
					depth++;
				}
				else if (c == '}' && depth > 0) {
					depth--;
				}
				else if (c == ' ' && depth == 0) {
					cut = i;
				}
			}
			if (cut <= 0 || cut >= rest.length() - 1) {
				break;
			}
			lines.add(rest.substring(0, cut));
			rest = rest.substring(cut + 1);
		}
		lines.add(rest);
		return lines;
	}
}
