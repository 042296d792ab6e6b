package dev.prismaspring.schema.diagnostics;

/** How bad a diagnostic is: an error makes the schema invalid, a warning does not. */
public enum Severity {
	ERROR, WARNING
}
