package dev.prismaspring.schema.model;

import java.util.List;
import java.util.Optional;

/**
 * What a valid schema declares, resolved.
 *
 * @param datasource the datasource block, or {@code null} when the schema has none
 * @param generators the generator blocks, in order
 * @param enums the enums, in declaration order
 * @param models the models and views, in declaration order
 * @param relations every relation, each once, in the order their first field is declared
 */
public record Datamodel(Datasource datasource, List<Generator> generators, List<EnumType> enums, List<Model> models,
		List<Relation> relations) {

	public Datamodel {
		generators = List.copyOf(generators);
		enums = List.copyOf(enums);
		models = List.copyOf(models);
		relations = List.copyOf(relations);
	}

	/**
	 * @param name a model's or view's name as written in the schema
	 * @return the model, if there is one
	 */
	public Optional<Model> model(String name) {
		return this.models.stream().filter((model) -> model.name().equals(name)).findFirst();
	}

	/**
	 * @param name an enum's name as written in the schema
	 * @return the enum, if there is one
	 */
	public Optional<EnumType> enumType(String name) {
		return this.enums.stream().filter((type) -> type.name().equals(name)).findFirst();
	}

	/** @return how relations are enforced; foreign keys unless the datasource says otherwise */
	public RelationMode relationMode() {
		return (this.datasource != null) ? this.datasource.relationMode() : RelationMode.FOREIGN_KEYS;
	}
}
