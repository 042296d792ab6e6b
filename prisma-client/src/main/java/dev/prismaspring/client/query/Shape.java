package dev.prismaspring.client.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields a result holds: {@code select}, {@code include}, {@code omit} and relation counts.
 *
 * @param scalars the scalar fields to return, or {@code null} for all of them
 * @param omit scalar fields left out of "all of them"
 * @param relations related records to load, each with its own arguments
 * @param counts list relations whose number of records to return (in {@code _count})
 * @param countWhere for counted relations that count only some records, the filter on the related
 * records ({@code _count: { select: { posts: { where: ... } } }}); the others count all
 */
public record Shape(Set<String> scalars, Set<String> omit, Map<String, FindArgs> relations, Set<String> counts,
		Map<String, Filter> countWhere) {

	/** Every scalar field, no relations. */
	public static final Shape DEFAULT = new Shape(null, Set.of(), Map.of(), Set.of());

	public Shape {
		scalars = (scalars != null) ? Set.copyOf(scalars) : null;
		omit = Set.copyOf(omit);
		relations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relations));
		counts = Set.copyOf(counts);
		countWhere = Map.copyOf(countWhere);
		for (String relation : countWhere.keySet()) {
			if (!counts.contains(relation)) {
				throw new IllegalArgumentException("A count filter is given for `" + relation
						+ "`, which is not counted: count it too.");
			}
		}
	}

	/**
	 * A shape whose counts count every related record.
	 *
	 * @param scalars the scalar fields to return, or {@code null} for all of them
	 * @param omit scalar fields left out of "all of them"
	 * @param relations related records to load, each with its own arguments
	 * @param counts list relations whose number of records to return (in {@code _count})
	 */
	public Shape(Set<String> scalars, Set<String> omit, Map<String, FindArgs> relations, Set<String> counts) {
		this(scalars, omit, relations, counts, Map.of());
	}

	/**
	 * @param relation a relation field's name
	 * @param args what to load of it
	 * @return this shape with that relation included
	 */
	public Shape include(String relation, FindArgs args) {
		Map<String, FindArgs> included = new LinkedHashMap<>(this.relations);
		included.put(relation, args);
		return new Shape(this.scalars, this.omit, included, this.counts, this.countWhere);
	}

	/**
	 * @param fields scalar fields to return instead of all
	 * @return this shape with only those scalars
	 */
	public Shape select(List<String> fields) {
		return new Shape(Set.copyOf(fields), this.omit, this.relations, this.counts, this.countWhere);
	}
}
