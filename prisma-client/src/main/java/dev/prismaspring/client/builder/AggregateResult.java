package dev.prismaspring.client.builder;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.prismaspring.client.Row;

/**
 * The result of {@code aggregate}, or one group of {@code groupBy}. {@link #min()},
 * {@link #max()} and {@link #sum()} return the model's record with the aggregated fields set
 * (the others {@code null}); counts and averages are read by field name.
 *
 * <pre class="code">
 * AggregateResult&lt;Post&gt; stats = posts.aggregate(a -&gt; a._count()._max(f -&gt; f.views())._avg(f -&gt; f.views()));
 * long all = stats.count();
 * Integer most = stats.max().views();
 * Number average = stats.avg("views");
 * </pre>
 *
 * @param <M> the model's record
 */
public final class AggregateResult<M> {

	private final Row row;

	private final Function<Row, M> record;

	/**
	 * @param row the engine's aggregate row
	 * @param record maps a row of the model to its record
	 */
	public AggregateResult(Row row, Function<Row, M> record) {
		this.row = Objects.requireNonNull(row, "row");
		this.record = Objects.requireNonNull(record, "record");
	}

	/** @return for {@code groupBy}, the group's values of the {@code by} fields as a record (other fields {@code null}) */
	public M by() {
		return this.record.apply(this.row);
	}

	/**
	 * @return the number of records ({@code _count._all})
	 * @throws IllegalStateException when the arguments did not ask for {@code _count()}
	 */
	public long count() {
		Long count = RowValues.toLong(aggregate("_count", "_count()").get("_all"));
		if (count == null) {
			throw new IllegalStateException("The record count was not asked for: add _count() to the arguments.");
		}
		return count;
	}

	/**
	 * @param field a field's name in the schema
	 * @return the number of its non-null values, or {@code null} when not asked for
	 */
	public Long count(String field) {
		return RowValues.toLong(aggregate("_count", "_count(f -> ...)").get(field));
	}

	/**
	 * @param field a number field's name in the schema
	 * @return its average ({@link Double}, or {@link BigDecimal} for {@code Decimal} fields), or
	 * {@code null} when there are no values or it was not asked for
	 */
	public Number avg(String field) {
		return (Number) aggregate("_avg", "_avg(f -> ...)").get(field);
	}

	/** @return the least values, as a record */
	public M min() {
		return this.record.apply(RowValues.rowOf(aggregate("_min", "_min(f -> ...)")));
	}

	/** @return the greatest values, as a record */
	public M max() {
		return this.record.apply(RowValues.rowOf(aggregate("_max", "_max(f -> ...)")));
	}

	/** @return the sums, as a record */
	public M sum() {
		return this.record.apply(RowValues.rowOf(aggregate("_sum", "_sum(f -> ...)")));
	}

	/** @return the engine's row, for values this class does not name */
	public Row row() {
		return this.row;
	}

	private Map<?, ?> aggregate(String name, String argument) {
		if (!this.row.has(name)) {
			throw new IllegalStateException("The aggregate " + name + " was not asked for: add " + argument
					+ " to the arguments.");
		}
		Object value = this.row.get(name);
		return (value instanceof Map<?, ?> map) ? map : Map.of();
	}

	@Override
	public String toString() {
		return this.row.toString();
	}
}
