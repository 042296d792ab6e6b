package dev.prismaspring.client.builder;

import java.util.Objects;

/**
 * The base of generated create data ({@code UserCreate}). {@link #build()} checks that every
 * required field without a default is set (or, for a foreign key, that its relation is
 * connected or created), so a missing field fails with its name before any SQL runs. Nested under
 * a relation, the relation's own side counts as given.
 *
 * @param <D> the generated data
 */
public abstract class CreateBuilder<D extends CreateBuilder<D>> extends WriteBuilder<D> {

	private final CreateRequirements requirements;

	private final String parentRelation;

	/**
	 * @param requirements the model's required fields
	 * @param parentRelation when nested in a write on a related record, the relation field (on
	 * this model) that leads back to it; else {@code null}
	 */
	protected CreateBuilder(CreateRequirements requirements, String parentRelation) {
		this.requirements = Objects.requireNonNull(requirements, "requirements");
		this.parentRelation = parentRelation;
	}

	@Override
	final void check() {
		this.requirements.check(scalars().keySet(), relationWrites().keySet(), this.parentRelation);
	}

	final String model() {
		return this.requirements.model();
	}
}
