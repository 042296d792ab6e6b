package dev.prismaspring.client.builder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The base of a generated field list ({@code UserFields}): the fields named by chained calls, for
 * {@code omit}, {@code distinct}, {@code groupBy}'s {@code by} and the aggregates:
 * {@code f -> f.email().name()}.
 *
 * @param <F> the generated field list
 */
public abstract class FieldSelection<F extends FieldSelection<F>> {

	private final Set<String> fields = new LinkedHashSet<>();

	/** Creates an empty list. */
	protected FieldSelection() {
	}

	/** @return the fields' names, in the order they were named */
	public final List<String> build() {
		return List.copyOf(this.fields);
	}

	/**
	 * @param name a field's name
	 * @return this list
	 */
	protected final F field(String name) {
		this.fields.add(name);
		return self();
	}

	@SuppressWarnings("unchecked")
	private F self() {
		return (F) this;
	}

	static <F extends FieldSelection<F>> List<String> build(Supplier<F> factory, Consumer<? super F> fields) {
		F selection = factory.get();
		fields.accept(selection);
		return selection.build();
	}
}
