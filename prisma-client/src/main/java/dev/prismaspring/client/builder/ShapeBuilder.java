package dev.prismaspring.client.builder;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.Shape;

/**
 * The base of a generated shape ({@code UserShape}): which fields a result holds, as Prisma's
 * {@code select}, {@code include} and {@code omit}. {@code select} names every field to return,
 * relations included; {@code include} adds relations to every scalar field; {@code omit} leaves
 * scalar fields out. {@code select} goes with neither of the others.
 *
 * @param <S> the generated shape (or query)
 * @param <L> the model's select
 * @param <I> the model's include
 * @param <F> the model's field list
 */
public abstract class ShapeBuilder<S extends ShapeBuilder<S, L, I, F>, L extends SelectBuilder<L>, I extends SelectBuilder<I>, F extends FieldSelection<F>> {

	private final Supplier<L> selects;

	private final Supplier<I> includes;

	private final Supplier<F> fields;

	private L select;

	private I include;

	private final Set<String> omit = new LinkedHashSet<>();

	/**
	 * @param select makes the model's select
	 * @param include makes the model's include
	 * @param fields makes the model's field list
	 */
	protected ShapeBuilder(Supplier<L> select, Supplier<I> include, Supplier<F> fields) {
		this.selects = Objects.requireNonNull(select, "select");
		this.includes = Objects.requireNonNull(include, "include");
		this.fields = Objects.requireNonNull(fields, "fields");
	}

	/**
	 * @param select the fields and relations to return, and no others
	 * @return this shape
	 */
	public final S select(Consumer<? super L> select) {
		if (this.select == null) {
			this.select = this.selects.get();
		}
		select.accept(this.select);
		return self();
	}

	/**
	 * @param include the relations (and relation counts) to return with every scalar field
	 * @return this shape
	 */
	public final S include(Consumer<? super I> include) {
		if (this.include == null) {
			this.include = this.includes.get();
		}
		include.accept(this.include);
		return self();
	}

	/**
	 * @param omit scalar fields to leave out, such as a password hash
	 * @return this shape
	 */
	public final S omit(Consumer<? super F> omit) {
		this.omit.addAll(FieldSelection.build(this.fields, omit));
		return self();
	}

	/**
	 * @return the engine's shape
	 * @throws QueryValidationException when {@code select} is used together with {@code include} or {@code omit}
	 */
	public final Shape buildShape() {
		if (this.select != null) {
			if (this.include != null || !this.omit.isEmpty()) {
				throw QueryValidationException.invalid("Use `select` alone, or `include` and `omit`: `select` already names"
						+ " every field and relation to return.");
			}
			return new Shape(this.select.scalars(), Set.of(), this.select.relations(), this.select.counts(),
					this.select.countWhere());
		}
		if (this.include != null) {
			return new Shape(null, this.omit, this.include.relations(), this.include.counts(), this.include.countWhere());
		}
		return this.omit.isEmpty() ? Shape.DEFAULT : new Shape(null, this.omit, Map.of(), Set.of());
	}

	@SuppressWarnings("unchecked")
	final S self() {
		return (S) this;
	}
}
