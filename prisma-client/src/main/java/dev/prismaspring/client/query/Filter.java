package dev.prismaspring.client.query;

import java.util.List;
import java.util.Objects;

/**
 * A {@code where} condition, as Prisma Client's {@code where} objects nest them.
 */
public sealed interface Filter {

	/** The filter that matches every record. */
	Filter ALL = new And(List.of());

	/**
	 * All of the filters (an empty list matches everything).
	 *
	 * @param filters the filters
	 */
	record And(List<Filter> filters) implements Filter {

		public And {
			filters = List.copyOf(filters);
		}
	}

	/**
	 * Any of the filters (an empty list matches nothing, as in Prisma).
	 *
	 * @param filters the filters
	 */
	record Or(List<Filter> filters) implements Filter {

		public Or {
			filters = List.copyOf(filters);
		}
	}

	/**
	 * None of the filters.
	 *
	 * @param filters the filters
	 */
	record Not(List<Filter> filters) implements Filter {

		public Not {
			filters = List.copyOf(filters);
		}
	}

	/**
	 * A condition on a scalar field, e.g. {@code email contains "@prisma.io"}. As in Prisma,
	 * {@code EQUALS null} matches NULL, {@code NOT null} matches everything else, and
	 * {@code NOT x} (like {@code NOT_IN}, {@code LT}, ...) never matches NULL. {@code CONTAINS},
	 * {@code STARTS_WITH} and {@code ENDS_WITH} take the text literally ({@code %} and {@code _}
	 * are not wildcards). On a list field only {@code EQUALS} and {@code NOT} (with a list or
	 * {@code null}) are available.
	 *
	 * @param field the field's name in the schema
	 * @param operator the comparison
	 * @param value the value: for {@code IN}/{@code NOT_IN} a {@link List}; {@code null} compares with NULL
	 * @param insensitive whether text comparisons ignore case ({@code mode: 'insensitive'}); ignored
	 * on fields that are not text
	 */
	record Condition(String field, Operator operator, Object value, boolean insensitive) implements Filter {

		public Condition {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(operator, "operator");
		}
	}

	/**
	 * A condition on a scalar list field, e.g. {@code tags has "java"}. A NULL list (which reads
	 * as an empty list) matches none of these but {@code EQUALS null}, as in Prisma.
	 *
	 * @param field the list field's name
	 * @param operator the list comparison
	 * @param value a single element for {@code HAS}, a {@link List} for the others, ignored for {@code IS_EMPTY}
	 * (whose expected answer is {@code value} as a Boolean)
	 */
	record ListCondition(String field, ListOperator operator, Object value) implements Filter {

		public ListCondition {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(operator, "operator");
		}
	}

	/**
	 * A condition on a value inside a {@code Json} field, e.g. {@code meta.path(["a","b"]) equals 1}.
	 *
	 * @param field the Json field's name
	 * @param path the keys (and array indexes as decimal strings) to follow; empty for the whole value
	 * @param operator the comparison; {@code EQUALS}/{@code NOT}/{@code IN}/{@code NOT_IN} compare
	 * Json values; with a String value {@code CONTAINS}/{@code STARTS_WITH}/{@code ENDS_WITH} match
	 * a string value (Prisma's {@code string_contains}, ...), with any other value they match an
	 * array (Prisma's {@code array_contains}: it holds every element of the value, or the value
	 * when it is not an array; {@code array_starts_with}/{@code array_ends_with}: its first or last
	 * element equals the value); {@code LT}..{@code GTE} compare a number (or string) value with
	 * one of the same JSON type
	 * @param value the value to compare with: a {@link dev.prismaspring.client.Json}, or a String,
	 * number, Boolean, Map or List standing for the JSON value; {@code null} with {@code EQUALS}
	 * matches records without a value there (a NULL column or a missing path)
	 */
	record JsonCondition(String field, List<String> path, Operator operator, Object value) implements Filter {

		public JsonCondition {
			Objects.requireNonNull(field, "field");
			path = List.copyOf(path);
			Objects.requireNonNull(operator, "operator");
		}
	}

	/**
	 * A condition on related records, e.g. {@code posts some { published: true }}, to any depth.
	 * {@code EVERY} holds for a record without related records, and a related record for which
	 * the filter is not true (NULL included) breaks it; {@code IS_NOT filter} holds when there is
	 * no related record or it does not match.
	 *
	 * @param relation the relation field's name
	 * @param quantifier {@code SOME}, {@code EVERY}, {@code NONE} for list relations; {@code IS},
	 * {@code IS_NOT} for to-one relations ({@code IS} with a {@code null} filter: no related record)
	 * @param filter the filter on the related model, or {@code null} with {@code IS}/{@code IS_NOT}
	 * for "is null"/"is not null"
	 */
	record RelationCondition(String relation, Quantifier quantifier, Filter filter) implements Filter {

		public RelationCondition {
			Objects.requireNonNull(relation, "relation");
			Objects.requireNonNull(quantifier, "quantifier");
		}
	}

	/** Scalar comparisons. */
	enum Operator {
		EQUALS, NOT, IN, NOT_IN, LT, LTE, GT, GTE, CONTAINS, STARTS_WITH, ENDS_WITH,

		/**
		 * PostgreSQL full-text search, as Prisma's {@code search}: the value is a {@code tsquery}
		 * ({@code "cat & dog"}, {@code "cat | dog"}, {@code "!cat"}, {@code "cat <-> dog"}) matched
		 * against the text field's {@code tsvector}, in the server's default text search configuration.
		 */
		SEARCH
	}

	/** Comparisons on scalar lists. */
	enum ListOperator {
		HAS, HAS_EVERY, HAS_SOME, IS_EMPTY, EQUALS
	}

	/** How a relation filter quantifies over related records. */
	enum Quantifier {
		SOME, EVERY, NONE, IS, IS_NOT
	}
}
