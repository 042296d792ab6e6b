package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/** Something at the top level of a schema file: a block, a comment, an empty or invalid line. */
public sealed interface TopItem permits Block, Comment, EmptyLine, InvalidLine {

	/** @return where the item is written */
	Span span();
}
