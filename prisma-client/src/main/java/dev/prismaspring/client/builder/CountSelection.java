package dev.prismaspring.client.builder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prismaspring.client.query.Filter;

/**
 * The base of a generated list of counted relations ({@code UserCountSelect}): the list relations
 * whose records to count, each counting all of them or only those a filter keeps, as Prisma's
 * {@code _count: { select: { posts: { where: { published: true } } } }}:
 * {@code c -> c.posts(w -> w.published().equals(true)).comments()}.
 *
 * @param <C> the generated list
 */
public abstract class CountSelection<C extends CountSelection<C>> extends FieldSelection<C> {

	private final Map<String, Filter> where = new LinkedHashMap<>();

	/** Creates an empty list. */
	protected CountSelection() {
	}

	/**
	 * @param relation a list relation's name
	 * @return this list, counting all the relation's records (the last call for a relation wins)
	 */
	protected final C count(String relation) {
		this.where.remove(relation);
		return field(relation);
	}

	/**
	 * @param <W> the related model's filter
	 * @param relation a list relation's name
	 * @param related makes filters of the related model
	 * @param filter which related records to count
	 * @return this list, counting the relation's records the filter keeps (the last call for a relation wins)
	 */
	protected final <W extends WhereBuilder<W>> C count(String relation, Supplier<W> related, Consumer<? super W> filter) {
		this.where.put(relation, WhereBuilder.build(related, filter));
		return field(relation);
	}

	/** @return relation name to the filter on the records it counts, for the relations counted with one */
	final Map<String, Filter> where() {
		return Collections.unmodifiableMap(this.where);
	}
}
