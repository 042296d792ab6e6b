package dev.prismaspring.maven;

import java.io.Writer;
import java.util.function.Consumer;

/**
 * Hands each complete line written to it to a consumer, so the CLI's output reaches Maven's log
 * while a long command runs. A line is complete at its line break, or when the writer is closed.
 */
final class LineWriter extends Writer {

	private final Consumer<String> lines;

	private final StringBuilder pending = new StringBuilder();

	LineWriter(Consumer<String> lines) {
		this.lines = lines;
	}

	@Override
	public synchronized void write(char[] buffer, int offset, int length) {
		for (int i = offset; i < offset + length; i++) {
			char c = buffer[i];
			if (c == '\n') {
				emit();
			}
			else if (c != '\r') {
				this.pending.append(c);
			}
		}
	}

	// Partial lines wait for their end: deploy prints "Applying migration ... " and "done" separately.
	@Override
	public void flush() {
	}

	@Override
	public synchronized void close() {
		if (this.pending.length() > 0) {
			emit();
		}
	}

	private void emit() {
		String line = this.pending.toString();
		this.pending.setLength(0);
		this.lines.accept(line);
	}
}
