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
 */
public record Shape(Set<String> scalars, Set<String> omit, Map<String, FindArgs> relations, Set<String> counts) {

	/** Every scalar field, no relations. */
	public static final Shape DEFAULT = new Shape(null, Set.of(), Map.of(), Set.of());

	public Shape {
		scalars = (scalars != null) ? Set.copyOf(scalars) : null;
		omit = Set.copyOf(omit);
		relations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relations));
		counts = Set.copyOf(counts);
	}

	/**
	 * @param relation a relation field's name
	 * @param args what to load of it
	 * @return this shape with that relation included
	 */
	public Shape include(String relation, FindArgs args) {
		Map<String, FindArgs> included = new LinkedHashMap<>(this.relations);
		included.put(relation, args);
		return new Shape(this.scalars, this.omit, included, this.counts);
	}

	/**
	 * @param fields scalar fields to return instead of all
	 * @return this shape with only those scalars
	 */
	public Shape select(List<String> fields) {
		return new Shape(Set.copyOf(fields), this.omit, this.relations, this.counts);
	}
}
