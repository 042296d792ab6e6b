package dev.prismaspring.schema.validate;

/**
 * A relation between two models, as Prisma pairs relation fields: the forward field holds (or
 * should hold) the {@code fields} and {@code references} arguments, the back field is its
 * opposite on the other model.
 *
 * @param kind what sort of relation the two fields make
 * @param forward the defining side; for a many-to-many relation the field declared first
 * @param back the opposite field, or {@code null} when the forward field has none
 */
record Relation(Kind kind, RelationField forward, RelationField back) {

	/** @return whether both sides are declared */
	boolean isComplete() {
		return this.back != null;
	}

	/** The shapes a relation takes, by the arity of its two fields. */
	enum Kind {

		/** Neither side is a list. */
		ONE_TO_ONE,

		/** One side is a list; the other (the forward side) is not. */
		ONE_TO_MANY,

		/** Both sides are lists without {@code fields}: Prisma keeps the pairs in a join table. */
		IMPLICIT_MANY_TO_MANY,

		/** Both sides are lists and one of them has {@code fields}: only MongoDB supports that. */
		EMBEDDED_MANY_TO_MANY,

		/** Only one side is declared. */
		MISSING_OPPOSITE
	}
}
