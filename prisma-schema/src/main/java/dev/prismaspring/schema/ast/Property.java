package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A {@code key = value} line of a datasource or generator.
 *
 * @param key the key
 * @param value the value; {@code null} when nothing follows {@code =}
 * @param trailingComment the comment after it on the same line, or {@code null}
 * @param documentation the {@code ///} comment lines directly above, or {@code null}
 * @param span the line without the trailing comment
 */
public record Property(Identifier key, Expression value, Comment trailingComment, String documentation, Span span)
		implements BlockEntry {
}
