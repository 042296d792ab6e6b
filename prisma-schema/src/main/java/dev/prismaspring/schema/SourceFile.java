package dev.prismaspring.schema;

import java.util.Arrays;
import java.util.Objects;

/**
 * One schema file's text and the name diagnostics show for it.
 *
 * <p>Line and column numbers are 1-based; a column counts UTF-16 characters from the line start.
 */
public final class SourceFile {

	private final String name;
	private final String text;
	private final int[] lineStarts;

	/**
	 * Creates a source file.
	 * @param name the name shown in diagnostics, usually the file name
	 * @param text the whole content of the file
	 */
	public SourceFile(String name, String text) {
		this.name = Objects.requireNonNull(name, "name");
		this.text = Objects.requireNonNull(text, "text");
		this.lineStarts = computeLineStarts(text);
	}

	private static int[] computeLineStarts(String text) {
		int[] starts = new int[16];
		int count = 0;
		starts[count++] = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	/** @return the name shown in diagnostics */
	public String name() {
		return this.name;
	}

	/** @return the file's content */
	public String text() {
		return this.text;
	}

	/** @return the number of lines, counting a last line without a newline */
	public int lineCount() {
		return this.lineStarts.length;
	}

	/**
	 * @param offset a character offset into the text
	 * @return the 1-based line that holds the offset
	 */
	public int lineOf(int offset) {
		int index = Arrays.binarySearch(this.lineStarts, Math.max(0, Math.min(offset, this.text.length())));
		return (index >= 0) ? index + 1 : -index - 1;
	}

	/**
	 * @param offset a character offset into the text
	 * @return the 1-based column of the offset on its line
	 */
	public int columnOf(int offset) {
		int clamped = Math.max(0, Math.min(offset, this.text.length()));
		return clamped - this.lineStarts[lineOf(clamped) - 1] + 1;
	}

	/**
	 * @param line a 1-based line number
	 * @return the text of that line without its line break
	 */
	public String line(int line) {
		int start = this.lineStarts[line - 1];
		int end = (line < this.lineStarts.length) ? this.lineStarts[line] - 1 : this.text.length();
		if (end > start && this.text.charAt(end - 1) == '\r') {
			end--;
		}
		return this.text.substring(start, Math.max(start, end));
	}

	@Override
	public String toString() {
		return this.name;
	}
}
