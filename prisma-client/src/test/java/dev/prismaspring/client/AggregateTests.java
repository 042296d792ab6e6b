package dev.prismaspring.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.query.AggregateArgs;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.OrderBy;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.and;
import static dev.prismaspring.client.Q.asc;
import static dev.prismaspring.client.Q.desc;
import static dev.prismaspring.client.Q.eq;
import static dev.prismaspring.client.Q.is;
import static dev.prismaspring.client.Q.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** count, aggregate and groupBy, checked against the same aggregates written in SQL. */
@PostgresTest
class AggregateTests {

	private static PrismaClient blog;

	private static TestDatabase database;

	private static Checks checks;

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		checks = Checks.on(database);
		blog = TestClients.migrate(database, TestClients.datamodel(Schemas.BLOG));
		BlogData.reset(database);
	}

	private static AggregateArgs aggregates(Filter where, Set<String> count, Set<String> sum, Set<String> avg,
			Set<String> min, Set<String> max) {
		return new AggregateArgs(where, List.of(), null, null, count, sum, avg, min, max, List.of(), Filter.ALL);
	}

	private static AggregateArgs groupBy(List<String> by, Set<String> count, Set<String> sum, Filter having,
			List<OrderBy> orderBy, Integer skip, Integer take) {
		return new AggregateArgs(Filter.ALL, orderBy, skip, take, count, sum, Set.of(), Set.of(), Set.of(), by, having);
	}

	@Test
	void aggregatesEveryFunction() {
		Row row = blog.model("Post").aggregate(aggregates(Filter.ALL, Set.of("_all", "content"), Set.of("viewCount"),
				Set.of("viewCount"), Set.of("viewCount", "title", "createdAt", "published"), Set.of("viewCount", "title")));
		assertThat(row.fields()).containsExactly("_count", "_sum", "_avg", "_min", "_max");
		assertThat(row.get("_count")).isEqualTo(map("_all", 6L, "content", 4L));
		assertThat(row.get("_sum")).isEqualTo(map("viewCount", 106));
		assertThat((Double) ((Map<?, ?>) row.get("_avg")).get("viewCount"))
			.isEqualTo(checks.queryForObject("SELECT avg(\"viewCount\")::float8 FROM \"Post\"", Double.class));
		assertThat(minimums(row)).containsEntry("viewCount", 0).containsEntry("title", "100% off_sale")
			.containsEntry("published", false).containsEntry("createdAt", java.time.Instant.parse("2024-01-01T10:00:00Z"));
		assertThat(row.get("_max")).isEqualTo(map("viewCount", 42, "title", "Second"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> minimums(Row row) {
		return (Map<String, Object>) row.get("_min");
	}

	@Test
	void aggregatesAFilteredOrderedPage() {
		AggregateArgs topThree = new AggregateArgs(eq("published", true), List.of(desc("viewCount"), asc("id")), 1, 2,
				Set.of("_all"), Set.of("viewCount"), Set.of(), Set.of(), Set.of(), List.of(), Filter.ALL);
		Row row = blog.model("Post").aggregate(topThree);
		assertThat(row.get("_count")).isEqualTo(map("_all", 2L));
		assertThat(row.get("_sum")).isEqualTo(map("viewCount", checks.queryForObject("SELECT sum(v)::int FROM (SELECT \"viewCount\" v"
				+ " FROM \"Post\" WHERE published ORDER BY \"viewCount\" DESC, id OFFSET 1 LIMIT 2) s", Integer.class)));
		Row none = blog.model("Post").aggregate(aggregates(eq("title", "none"), Set.of("_all"), Set.of("viewCount"), Set.of("viewCount"),
				Set.of(), Set.of()));
		assertThat(none.get("_count")).isEqualTo(map("_all", 0L));
		assertThat(none.get("_sum")).isEqualTo(map("viewCount", null));
	}

	@Test
	void groupsWithHavingOrderAndPagination() {
		List<Row> groups = blog.model("Post").groupBy(groupBy(List.of("authorId"), Set.of("_all"), Set.of("viewCount"),
				is("_sum.viewCount", Operator.GT, 5), List.of(desc("_sum.viewCount"), asc("authorId")), null, null));
		assertThat(groups).extracting(Row::asMap).containsExactly(
				map("authorId", 2, "_count", map("_all", 2L), "_sum", map("viewCount", 84)),
				map("authorId", 1, "_count", map("_all", 2L), "_sum", map("viewCount", 15)),
				map("authorId", 3, "_count", map("_all", 1L), "_sum", map("viewCount", 7)));
		assertThat(groups.size()).isEqualTo(checks.queryForObject("SELECT count(*) FROM (SELECT \"authorId\" FROM \"Post\""
				+ " GROUP BY \"authorId\" HAVING sum(\"viewCount\") > 5) s", Long.class).intValue());
		List<Row> page = blog.model("Post").groupBy(groupBy(List.of("published", "authorId"), Set.of("_all"), Set.of(),
				and(eq("published", true), is("_count._all", Operator.GTE, 1)),
				List.of(new OrderBy.ByField("authorId", OrderBy.Direction.ASC, OrderBy.Nulls.FIRST)), 1, 2));
		assertThat(page).extracting((row) -> row.get("authorId")).containsExactly(2, 3);
		List<Row> nullGroup = blog.model("Post").groupBy(groupBy(List.of("authorId"), Set.of("_all"), Set.of(), eq("authorId", null),
				List.of(), null, null));
		assertThat(nullGroup).extracting(Row::asMap).containsExactly(map("authorId", null, "_count", map("_all", 1L)));
	}

	@Test
	void refusesAggregatesTheTypeDoesNotHave() {
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> blog.model("Post")
			.aggregate(aggregates(Filter.ALL, Set.of(), Set.of("title"), Set.of(), Set.of(), Set.of())))
			.withMessageContaining("_sum needs a number field");
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> blog.model("Post")
			.groupBy(groupBy(List.of("authorId"), Set.of(), Set.of(), eq("title", "x"), List.of(), null, null)))
			.withMessageContaining("is not grouped by");
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> blog.model("Post")
			.groupBy(groupBy(List.of("authorId"), Set.of(), Set.of(), Filter.ALL, List.of(), null, 2)))
			.withMessageContaining("needs an orderBy");
	}

	@Test
	void aggregatesDecimalsBigIntsAndOverflowsClearly() {
		database.execute("""
				CREATE TABLE "Ledger" (id SERIAL PRIMARY KEY, amount DECIMAL(12, 2) NOT NULL, big BIGINT NOT NULL, small INTEGER NOT NULL);
				INSERT INTO "Ledger" (amount, big, small) VALUES (10.25, 9000000000, 2147483647), (0.75, 1, 1);
				""");
		PrismaClient ledger = PrismaClient.create(TestClients.datamodel("""
				model Ledger {
				  id     Int     @id @default(autoincrement())
				  amount Decimal @db.Decimal(12, 2)
				  big    BigInt
				  small  Int
				}
				"""), TestClients.dataSource(database));
		Row row = ledger.model("Ledger").aggregate(aggregates(Filter.ALL, Set.of(), Set.of("amount", "big"), Set.of("amount", "big"),
				Set.of("amount"), Set.of("big")));
		assertThat(row.get("_sum")).isEqualTo(map("amount", new BigDecimal("11.00"), "big", 9_000_000_001L));
		assertThat(((Map<?, ?>) row.get("_avg")).get("amount")).isEqualTo(checks.queryForObject("SELECT avg(amount) FROM \"Ledger\"",
				BigDecimal.class));
		assertThat(((Map<?, ?>) row.get("_avg")).get("big")).isEqualTo(4_500_000_000.5);
		assertThat(row.get("_max")).isEqualTo(map("big", 9_000_000_000L));
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> ledger.model("Ledger")
			.aggregate(aggregates(Filter.ALL, Set.of(), Set.of("small"), Set.of(), Set.of(), Set.of())))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2020"));
		assertThat(ledger.model("Ledger").count(Q.where(is("amount", Operator.GT, new BigDecimal("1"))))).isEqualTo(1);
	}
}
