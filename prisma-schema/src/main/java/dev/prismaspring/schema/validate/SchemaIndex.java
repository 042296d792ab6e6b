package dev.prismaspring.schema.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.SchemaAst;

/** The blocks of a schema by name: models, views, enums and composite types share one namespace. */
final class SchemaIndex {

	private final List<Block> blocks;

	private final Map<String, Block> types;

	SchemaIndex(SchemaAst ast) {
		this.blocks = ast.blocks();
		this.types = new LinkedHashMap<>();
		for (Block block : this.blocks) {
			if (!block.kind().isConfiguration()) {
				this.types.putIfAbsent(block.name().name(), block);
			}
		}
	}

	private SchemaIndex(List<Block> blocks, Map<String, Block> types) {
		this.blocks = blocks;
		this.types = types;
	}

	/**
	 * @param last a block of this schema
	 * @return the same schema seen only up to that block, for checks that stop there
	 */
	SchemaIndex upTo(Block last) {
		return new SchemaIndex(this.blocks.subList(0, this.blocks.indexOf(last) + 1), this.types);
	}

	List<Block> blocks() {
		return this.blocks;
	}

	List<Block> blocks(BlockKind kind) {
		return this.blocks.stream().filter((block) -> block.kind() == kind).toList();
	}

	/** @return the first model, view, enum or composite type of that name, or {@code null} */
	Block type(String name) {
		return this.types.get(name);
	}

	/** @return whether the name is a model's or a view's: a field of that type is a relation */
	boolean isModelOrView(String name) {
		Block block = this.types.get(name);
		return block != null && (block.kind() == BlockKind.MODEL || block.kind() == BlockKind.VIEW);
	}

	/** @return the name of the datasource, the prefix of native type attributes */
	String datasourceName() {
		List<Block> datasources = blocks(BlockKind.DATASOURCE);
		return datasources.isEmpty() ? "db" : datasources.get(0).name().name();
	}

	static String describe(BlockKind kind) {
		return switch (kind) {
			case COMPOSITE_TYPE -> "composite type";
			default -> kind.keyword();
		};
	}
}
