package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A line with nothing but white space on it; kept so the formatter can keep a source's grouping.
 *
 * @param span the line
 */
public record EmptyLine(Span span) implements TopItem, BlockEntry {
}
