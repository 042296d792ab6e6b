package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.AggregateArgs;
import dev.prismaspring.client.query.Filter;

/**
 * The base of a generated {@code groupBy} argument ({@code UserGroupBy}):
 * {@code g -> g.by(f -> f.country())._count().having(h -> h._avg(w -> w.age().gt(30)))}.
 *
 * @param <G> the generated arguments
 * @param <W> the model's filter
 * @param <O> the model's order
 * @param <F> the model's field list
 */
public abstract class GroupByBuilder<G extends GroupByBuilder<G, W, O, F>, W extends WhereBuilder<W>, O extends OrderByBuilder<O>, F extends FieldSelection<F>>
		extends AggregateBuilder<G, W, O, F> {

	private final Set<String> by = new LinkedHashSet<>();

	private final List<Filter> having = new ArrayList<>();

	/**
	 * @param where makes the model's filter
	 * @param orderBy makes the model's order
	 * @param fields makes the model's field list
	 */
	protected GroupByBuilder(Supplier<W> where, Supplier<O> orderBy, Supplier<F> fields) {
		super(where, orderBy, fields);
	}

	/**
	 * @param fields the fields whose values form the groups
	 * @return these arguments
	 */
	public final G by(Consumer<? super F> fields) {
		this.by.addAll(FieldSelection.build(fields(), fields));
		return self();
	}

	/**
	 * @param filter which groups, by their {@code by} fields and aggregates
	 * @return these arguments
	 */
	public final G having(Consumer<? super Having<W>> filter) {
		Having<W> conditions = new Having<>(filters());
		filter.accept(conditions);
		this.having.addAll(conditions.build());
		return self();
	}

	/**
	 * @return the engine's arguments
	 * @throws QueryValidationException when no {@code by} field is given
	 */
	@Override
	public AggregateArgs build() {
		if (this.by.isEmpty()) {
			throw QueryValidationException.invalid("groupBy needs at least one field to group by: add by(f -> f.<field>()).");
		}
		Filter filter = (this.having.size() == 1) ? this.having.get(0)
				: this.having.isEmpty() ? Filter.ALL : new Filter.And(this.having);
		return build(List.copyOf(this.by), filter);
	}
}
