package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A line the parser could not read; a diagnostic says why. Kept verbatim so that formatting a
 * broken schema loses nothing.
 *
 * @param text the line as written, without its line break
 * @param span the line
 */
public record InvalidLine(String text, Span span) implements TopItem, BlockEntry {
}
