package dev.prismaspring.client;

/** How included relations are read, as Prisma Client's {@code relationLoadStrategy}. */
public enum RelationLoadStrategy {

	/** One more query per include level, with the parents' keys batched into it (the default). */
	QUERY,

	/** One statement: included relations as lateral subqueries aggregated to JSON. */
	JOIN
}
