package dev.prismaspring.client.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import dev.prismaspring.client.Json;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;

/**
 * Conditions on a {@code Json} field, on the whole value or on the value at a {@link #path}:
 * {@code w.settings().path("theme", "mode").equals(Json.of("\"dark\""))}. String conditions
 * ({@code stringContains}, ...) match a string value; array conditions an array value.
 *
 * @param <P> the filter the conditions are added to
 */
public final class JsonFilter<P> extends FieldFilter<P> {

	private final List<String> path = new ArrayList<>();

	JsonFilter(P parent, String field, Consumer<Filter> sink) {
		super(parent, field, sink);
	}

	/**
	 * @param keys object keys, and array indexes as decimal strings, to follow from the value
	 * @return this filter, on the value found there
	 */
	public JsonFilter<P> path(String... keys) {
		this.path.addAll(Arrays.asList(keys));
		return this;
	}

	/**
	 * @param value the JSON value ({@link Json#NULL} for JSON's {@code null}), or {@code null} for
	 * "no value": a NULL column, or no value at the path
	 * @return the filter
	 */
	public P equals(Json value) {
		return json(Operator.EQUALS, value);
	}

	/**
	 * @param value the JSON value, or {@code null} for "has a value" (on the whole column: is not NULL)
	 * @return the filter
	 */
	public P not(Json value) {
		return (value == null && this.path.isEmpty()) ? condition(Operator.NOT, null) : json(Operator.NOT, value);
	}

	/**
	 * @param values JSON values the value may be
	 * @return the filter
	 */
	public P in(Json... values) {
		return json(Operator.IN, Arrays.asList(values));
	}

	/**
	 * @param values JSON values the value must not be
	 * @return the filter
	 */
	public P notIn(Json... values) {
		return json(Operator.NOT_IN, Arrays.asList(values));
	}

	/**
	 * @param value an array whose every element the array value holds, or one element (Prisma's {@code array_contains})
	 * @return the filter
	 */
	public P arrayContains(Json value) {
		return json(Operator.CONTAINS, value);
	}

	/**
	 * @param value the first element of the array value (Prisma's {@code array_starts_with})
	 * @return the filter
	 */
	public P arrayStartsWith(Json value) {
		return json(Operator.STARTS_WITH, value);
	}

	/**
	 * @param value the last element of the array value (Prisma's {@code array_ends_with})
	 * @return the filter
	 */
	public P arrayEndsWith(Json value) {
		return json(Operator.ENDS_WITH, value);
	}

	/**
	 * @param value text a string value contains
	 * @return the filter
	 */
	public P stringContains(String value) {
		return json(Operator.CONTAINS, value);
	}

	/**
	 * @param value text a string value starts with
	 * @return the filter
	 */
	public P stringStartsWith(String value) {
		return json(Operator.STARTS_WITH, value);
	}

	/**
	 * @param value text a string value ends with
	 * @return the filter
	 */
	public P stringEndsWith(String value) {
		return json(Operator.ENDS_WITH, value);
	}

	/**
	 * @param value the bound for a number value
	 * @return the filter
	 */
	public P lt(Number value) {
		return json(Operator.LT, value);
	}

	/**
	 * @param value the bound for a number value
	 * @return the filter
	 */
	public P lte(Number value) {
		return json(Operator.LTE, value);
	}

	/**
	 * @param value the bound for a number value
	 * @return the filter
	 */
	public P gt(Number value) {
		return json(Operator.GT, value);
	}

	/**
	 * @param value the bound for a number value
	 * @return the filter
	 */
	public P gte(Number value) {
		return json(Operator.GTE, value);
	}

	private P json(Operator operator, Object value) {
		return add(new Filter.JsonCondition(field(), this.path, operator, value));
	}
}
