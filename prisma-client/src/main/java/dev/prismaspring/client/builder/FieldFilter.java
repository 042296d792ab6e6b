package dev.prismaspring.client.builder;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Consumer;

import dev.prismaspring.client.query.Filter;

/**
 * The conditions on one scalar field. Each condition method adds a condition to the filter it came
 * from and returns that filter, so conditions on several fields chain:
 * {@code w.email().endsWith("@prisma.io").name().not(null)}.
 *
 * @param <P> the filter the conditions are added to
 */
public abstract class FieldFilter<P> {

	private final P parent;

	private final String field;

	private final Consumer<Filter> sink;

	FieldFilter(P parent, String field, Consumer<Filter> sink) {
		this.parent = Objects.requireNonNull(parent, "parent");
		this.field = Objects.requireNonNull(field, "field");
		this.sink = Objects.requireNonNull(sink, "sink");
	}

	final String field() {
		return this.field;
	}

	final P condition(Filter.Operator operator, Object value) {
		return add(new Filter.Condition(this.field, operator, EngineValues.of(value), caseInsensitive()));
	}

	final P anyOf(Filter.Operator operator, Collection<?> values) {
		Objects.requireNonNull(values, () -> "the values of `" + this.field + "` " + operator.name().toLowerCase());
		return add(new Filter.Condition(this.field, operator, EngineValues.list(values), caseInsensitive()));
	}

	final P add(Filter filter) {
		this.sink.accept(filter);
		return this.parent;
	}

	boolean caseInsensitive() {
		return false;
	}
}
