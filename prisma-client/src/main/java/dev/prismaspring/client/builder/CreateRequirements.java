package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a create must set for one model: required scalar fields without a default, and required
 * relations, given either through the relation or through all of its foreign key fields.
 * Immutable; generated code builds one per model.
 */
public final class CreateRequirements {

	private final String model;

	private final List<Requirement> requirements;

	private CreateRequirements(String model, List<Requirement> requirements) {
		this.model = model;
		this.requirements = List.copyOf(requirements);
	}

	/**
	 * @param model the model's name
	 * @return requirements with nothing required yet
	 */
	public static CreateRequirements of(String model) {
		return new CreateRequirements(Objects.requireNonNull(model, "model"), List.of());
	}

	/**
	 * @param field a required scalar field without a default
	 * @return these requirements and that field
	 */
	public CreateRequirements field(String field) {
		return with(new Requirement(field, List.of(), null));
	}

	/**
	 * @param relation a required relation whose foreign key this model holds
	 * @param foreignKey the foreign key's fields, which may be set instead
	 * @return these requirements and that relation
	 */
	public CreateRequirements relation(String relation, String... foreignKey) {
		return with(new Requirement(relation, List.of(foreignKey), null));
	}

	/**
	 * @param field a required field of a type the client does not support, without a default
	 * @param type the database type
	 * @return these requirements, which no create can meet
	 */
	public CreateRequirements unsupported(String field, String type) {
		return with(new Requirement(field, List.of(), type));
	}

	String model() {
		return this.model;
	}

	void check(Set<String> scalars, Set<String> relations, String parentRelation) {
		for (Requirement requirement : this.requirements) {
			if (requirement.unsupportedType() != null) {
				throw QueryValidationException.missing("`" + this.model + "` records cannot be created through the client:"
						+ " the required field `" + requirement.name() + "` has the unsupported type `"
						+ requirement.unsupportedType() + "` and no default. Give it a @default, or insert the rows with SQL.");
			}
			if (requirement.foreignKey().isEmpty()) {
				if (!scalars.contains(requirement.name()) && !requirement.name().equals(parentRelation)) {
					throw QueryValidationException.missing("Missing the required field `" + requirement.name()
							+ "` to create a `" + this.model + "`: set it with ." + requirement.name() + "(...).");
				}
			}
			else if (!requirement.name().equals(parentRelation) && !relations.contains(requirement.name())
					&& !scalars.containsAll(requirement.foreignKey())) {
				throw QueryValidationException.missing("Missing the required relation `" + requirement.name()
						+ "` to create a `" + this.model + "`: connect or create it with ." + requirement.name()
						+ "(r -> r.connect(...)), or set " + String.join(", ", requirement.foreignKey()) + ".");
			}
		}
	}

	private CreateRequirements with(Requirement requirement) {
		List<Requirement> all = new ArrayList<>(this.requirements);
		all.add(requirement);
		return new CreateRequirements(this.model, all);
	}

	private record Requirement(String name, List<String> foreignKey, String unsupportedType) {
	}
}
