package dev.prismaspring.client.builder;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.FindArgs;

/**
 * The base of a generated {@code select} ({@code UserSelect}: scalar fields, relations and
 * relation counts) or {@code include} ({@code UserInclude}: relations and counts on top of every
 * scalar field): {@code s -> s.id().email().posts(p -> p.take(3))}.
 *
 * @param <S> the generated selection
 */
public abstract class SelectBuilder<S extends SelectBuilder<S>> {

	private final Set<String> scalars = new LinkedHashSet<>();

	private final Map<String, FindArgs> relations = new LinkedHashMap<>();

	private final Set<String> counts = new LinkedHashSet<>();

	private final Map<String, Filter> countWhere = new LinkedHashMap<>();

	/** Creates an empty selection. */
	protected SelectBuilder() {
	}

	/**
	 * @param field a scalar field's name
	 * @return this selection
	 */
	protected final S scalar(String field) {
		this.scalars.add(field);
		return self();
	}

	/**
	 * @param relation a relation's name
	 * @return this selection, with the related record(s) and all their scalar fields
	 */
	protected final S relation(String relation) {
		this.relations.put(relation, FindArgs.ALL);
		return self();
	}

	/**
	 * @param <Q> the related model's query
	 * @param relation a list relation's name
	 * @param related makes queries of the related model
	 * @param query which related records, in which order, with which fields
	 * @return this selection
	 */
	protected final <Q extends QueryBuilder<Q, ?, ?, ?, ?, ?, ?>> S relation(String relation, Supplier<Q> related,
			Consumer<? super Q> query) {
		Q args = related.get();
		query.accept(args);
		this.relations.put(relation, args.build());
		return self();
	}

	/**
	 * @param <X> the related model's shape
	 * @param relation a to-one relation's name
	 * @param related makes shapes of the related model
	 * @param shape which fields of the related record
	 * @return this selection
	 */
	protected final <X extends ShapeBuilder<X, ?, ?, ?>> S relationShape(String relation, Supplier<X> related,
			Consumer<? super X> shape) {
		X args = related.get();
		shape.accept(args);
		this.relations.put(relation, FindArgs.ALL.withShape(args.buildShape()));
		return self();
	}

	/**
	 * @param relations the names of the model's list relations
	 * @return this selection, with the number of records of each
	 */
	protected final S countAll(String... relations) {
		for (String relation : relations) {
			this.counts.add(relation);
			this.countWhere.remove(relation);
		}
		return self();
	}

	/**
	 * @param <C> the generated list of list relations
	 * @param relations makes the list
	 * @param counted the relations whose records to count
	 * @return this selection
	 */
	protected final <C extends FieldSelection<C>> S counts(Supplier<C> relations, Consumer<? super C> counted) {
		C selection = relations.get();
		counted.accept(selection);
		Map<String, Filter> where = (selection instanceof CountSelection<?> filtered) ? filtered.where() : Map.of();
		for (String relation : selection.build()) {
			this.counts.add(relation);
			Filter filter = where.get(relation);
			if (filter != null) {
				this.countWhere.put(relation, filter);
			}
			else {
				this.countWhere.remove(relation);
			}
		}
		return self();
	}

	final Set<String> scalars() {
		return this.scalars;
	}

	final Map<String, FindArgs> relations() {
		return this.relations;
	}

	final Set<String> counts() {
		return this.counts;
	}

	final Map<String, Filter> countWhere() {
		return this.countWhere;
	}

	@SuppressWarnings("unchecked")
	private S self() {
		return (S) this;
	}
}
