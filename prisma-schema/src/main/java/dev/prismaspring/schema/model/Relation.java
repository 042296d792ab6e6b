package dev.prismaspring.schema.model;

/**
 * A relation between two models: its two fields, one on each side.
 *
 * @param name the relation's name
 * @param kind one-to-one, one-to-many or implicit many-to-many
 * @param modelA for one-to-one and one-to-many, the model holding the foreign key; for
 * many-to-many, the model whose name comes first (column {@code A} of the join table)
 * @param fieldA the relation field on model A
 * @param modelB the other model
 * @param fieldB the relation field on model B
 */
public record Relation(String name, Kind kind, String modelA, RelationField fieldA, String modelB,
		RelationField fieldB) {

	/** The kinds of relation. */
	public enum Kind {

		ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY

	}

	/** @return for many-to-many relations, the join table's name {@code _<name>} */
	public String joinTableName() {
		return "_" + this.name;
	}
}
