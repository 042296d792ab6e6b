package dev.prismaspring.client.query;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The arguments of {@code aggregate} and, with {@code by} and {@code having}, of {@code groupBy}.
 *
 * @param where which records
 * @param orderBy the order (of the records for {@code aggregate}; of the groups for {@code groupBy},
 * by {@code by} fields or aggregates named as in {@code having})
 * @param skip records (or groups) to skip, or {@code null}
 * @param take records (or groups) to take, or {@code null}
 * @param count fields whose non-null values to count; {@code "_all"} counts records
 * @param sum numeric fields to add up
 * @param avg numeric fields to average
 * @param min fields whose least value to return
 * @param max fields whose greatest value to return
 * @param by the fields to group by (empty for {@code aggregate})
 * @param having a filter on the groups: conditions on {@code by} fields, or on aggregates
 * written as {@link Filter.Condition}s whose field is {@code "_sum.views"}, {@code "_count._all"}
 * and so on
 */
public record AggregateArgs(Filter where, List<OrderBy> orderBy, Integer skip, Integer take, Set<String> count,
		Set<String> sum, Set<String> avg, Set<String> min, Set<String> max, List<String> by, Filter having) {

	public AggregateArgs {
		Objects.requireNonNull(where, "where");
		orderBy = List.copyOf(orderBy);
		count = Set.copyOf(count);
		sum = Set.copyOf(sum);
		avg = Set.copyOf(avg);
		min = Set.copyOf(min);
		max = Set.copyOf(max);
		by = List.copyOf(by);
		Objects.requireNonNull(having, "having");
	}
}
