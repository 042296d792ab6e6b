package dev.prismaspring.schema.ast;

import dev.prismaspring.schema.diagnostics.Span;

/** A line inside a block. */
public sealed interface BlockEntry permits Field, EnumValue, Property, BlockAttribute, Comment, EmptyLine, InvalidLine {

	/** @return where the entry is written */
	Span span();
}
