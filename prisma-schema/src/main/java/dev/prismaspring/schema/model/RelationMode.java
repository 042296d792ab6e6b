package dev.prismaspring.schema.model;

/** How relations are enforced: by the database's foreign keys, or by the client alone. */
public enum RelationMode {

	/** Foreign keys in the database, the default. */
	FOREIGN_KEYS,

	/** No foreign keys; {@code relationMode = "prisma"}. */
	PRISMA

}
