package dev.prismaspring.schema.ast;

import java.util.List;

/**
 * The syntax trees of all files of one schema; a schema split over several files is read as one.
 *
 * @param files the files in the order they were given
 */
public record SchemaAst(List<SchemaFile> files) {

	public SchemaAst {
		files = List.copyOf(files);
	}

	/** @return every block of every file, in order */
	public List<Block> blocks() {
		return this.files.stream().flatMap((file) -> file.blocks().stream()).toList();
	}

	/**
	 * @param kind a block kind
	 * @return the blocks of that kind, in order
	 */
	public List<Block> blocks(BlockKind kind) {
		return blocks().stream().filter((block) -> block.kind() == kind).toList();
	}
}
