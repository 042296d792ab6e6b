package dev.prismaspring.schema.ast;

/** The kinds of top-level blocks, by their keyword. */
public enum BlockKind {

	MODEL("model"), VIEW("view"), COMPOSITE_TYPE("type"), ENUM("enum"), DATASOURCE("datasource"), GENERATOR("generator");

	private final String keyword;

	BlockKind(String keyword) {
		this.keyword = keyword;
	}

	/** @return the keyword that opens the block */
	public String keyword() {
		return this.keyword;
	}

	/** @return whether the block holds fields and block attributes (models, views and composite types) */
	public boolean hasFields() {
		return this == MODEL || this == VIEW || this == COMPOSITE_TYPE;
	}

	/** @return whether the block holds {@code key = value} properties */
	public boolean isConfiguration() {
		return this == DATASOURCE || this == GENERATOR;
	}

	/**
	 * @param keyword a word that may open a block
	 * @return the kind it opens, or {@code null}
	 */
	public static BlockKind ofKeyword(String keyword) {
		for (BlockKind kind : values()) {
			if (kind.keyword.equals(keyword)) {
				return kind;
			}
		}
		return null;
	}
}
