package dev.prismaspring.schema.ast;

import java.util.List;

import dev.prismaspring.schema.SourceFile;

/**
 * The syntax tree of one schema file: everything at its top level, in order.
 *
 * @param source the file
 * @param items its blocks, comments, empty and invalid lines
 */
public record SchemaFile(SourceFile source, List<TopItem> items) {

	public SchemaFile {
		items = List.copyOf(items);
	}

	/** @return the blocks of the file in order */
	public List<Block> blocks() {
		return this.items.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
	}
}
