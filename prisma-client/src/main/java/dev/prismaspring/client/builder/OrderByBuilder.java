package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.OrderBy;

/**
 * The base of a generated order ({@code UserOrderBy}): one method per sortable field; entries
 * chained on one order sort in the order they were added:
 * {@code o -> o.lastName().asc().firstName().asc()}.
 *
 * @param <O> the generated order
 */
public abstract class OrderByBuilder<O extends OrderByBuilder<O>> {

	private final List<OrderBy> entries = new ArrayList<>();

	/** Creates an empty order. */
	protected OrderByBuilder() {
	}

	/** @return the engine's order entries, first entry first */
	public final List<OrderBy> build() {
		return List.copyOf(this.entries);
	}

	/**
	 * @param field a scalar field's name
	 * @return the field, to choose a direction for
	 */
	protected final SortField<O> sortField(String field) {
		return new SortField<>(self(), this, field);
	}

	/**
	 * @param <R> the related model's order
	 * @param relation a to-one relation's name
	 * @param related makes orders of the related model
	 * @param order the order by the related record's fields
	 * @return this order
	 */
	protected final <R extends OrderByBuilder<R>> O sortRelation(String relation, Supplier<R> related,
			Consumer<? super R> order) {
		R relatedOrder = related.get();
		order.accept(relatedOrder);
		for (OrderBy entry : relatedOrder.build()) {
			add(new OrderBy.ByRelation(relation, entry));
		}
		return self();
	}

	/**
	 * @param relation a list relation's name
	 * @return the relation, to sort by its count
	 */
	protected final RelationOrder<O> sortCount(String relation) {
		return new RelationOrder<>(self(), this, relation);
	}

	/**
	 * Prisma's {@code _relevance}: sorts by how well String fields match a full-text query, e.g.
	 * {@code o -> o._relevance("database", o.title(), o.content()).desc()}.
	 *
	 * @param search the query, in PostgreSQL's {@code to_tsquery} syntax ({@code "cat & dog"},
	 * {@code "cat | dog"}); bound as a parameter
	 * @param fields the String fields ranked together (their text joined by spaces)
	 * @return the relevance, to choose the direction
	 */
	public final SortDirection<O> _relevance(String search, SortField<?>... fields) {
		Objects.requireNonNull(search, "search");
		List<String> names = new ArrayList<>();
		for (SortField<?> field : fields) {
			names.add(field.field());
		}
		return new SortDirection<>(self(), this, (direction) -> new OrderBy.ByRelevance(names, search, direction));
	}

	final void add(OrderBy entry) {
		this.entries.add(entry);
	}

	@SuppressWarnings("unchecked")
	private O self() {
		return (O) this;
	}
}
