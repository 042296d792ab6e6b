package dev.prismaspring.schema.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects diagnostics in the order they are found. Validation never throws for bad input: every
 * stage adds what it finds here and the caller decides what to do with the whole list.
 */
public final class Diagnostics {

	private final List<Diagnostic> all = new ArrayList<>();

	private int errorCount;

	public void add(Diagnostic diagnostic) {
		this.all.add(diagnostic);
		if (diagnostic.isError()) {
			this.errorCount++;
		}
	}

	public void error(String message, Span span) {
		add(Diagnostic.error(message, span));
	}

	public void warning(String message, Span span) {
		add(Diagnostic.warning(message, span));
	}

	public boolean hasErrors() {
		return this.errorCount > 0;
	}

	public List<Diagnostic> all() {
		return Collections.unmodifiableList(this.all);
	}

	public List<Diagnostic> errors() {
		return this.all.stream().filter(Diagnostic::isError).toList();
	}

	public List<Diagnostic> warnings() {
		return this.all.stream().filter((diagnostic) -> !diagnostic.isError()).toList();
	}
}
