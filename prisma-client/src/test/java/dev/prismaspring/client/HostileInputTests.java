package dev.prismaspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.ListOperator;
import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.Filter.Quantifier;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.asc;
import static dev.prismaspring.client.Q.data;
import static dev.prismaspring.client.Q.eq;
import static dev.prismaspring.client.Q.insensitive;
import static dev.prismaspring.client.Q.is;
import static dev.prismaspring.client.Q.map;
import static dev.prismaspring.client.Q.relation;
import static dev.prismaspring.client.Q.where;
import static dev.prismaspring.client.Q.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Values written to break SQL (quotes, comments, LIKE wildcards, escapes, placeholders, odd
 * Unicode, 200,000 characters of text) go through every kind of filter and write as data: the results
 * are what the same comparisons give in SQL with bound values, and the tables stay intact.
 */
@PostgresTest
class HostileInputTests {

	private static final List<String> HOSTILE = List.of("'; DROP TABLE \"accounts\"; --", "%_\\", "\\%", "_", "%",
			"Ünïcödé 🎉 ∑ 日本語 \u2028\u2029", "\" OR 1=1 --", "? $1 ::text ?| ?& @>", "'); DELETE FROM \"Membership\"; --",
			"line\nbreak\r\ttab", "x".repeat(200_000));

	private static PrismaClient client;

	private static TestDatabase database;

	private static Checks checks;

	private static long tables;

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		checks = Checks.on(database);
		client = TestClients.migrate(database, TestClients.datamodel(Schemas.RICH));
		tables = tableCount();
		client.model("Group").create(data("name", "g"), Shape.DEFAULT);
		for (int i = 0; i < HOSTILE.size(); i++) {
			String value = HOSTILE.get(i);
			client.model("Account").create(with(data("email", email(i), "tags", List.of(value, "plain"),
					"settings", map("k", value, value, "v")), "memberships",
					new NestedWrite.Create(data(map("rank", i, "note", value), "group", new NestedWrite.Connect(Map.of("name", "g"))))),
					Shape.DEFAULT);
		}
	}

	@AfterAll
	static void tablesAreIntact() {
		assertThat(tableCount()).isEqualTo(tables);
		assertThat(checks.queryForObject("SELECT count(*) FROM accounts", Long.class)).isEqualTo(HOSTILE.size());
		assertThat(checks.queryForObject("SELECT count(*) FROM \"Membership\"", Long.class)).isEqualTo(HOSTILE.size());
	}

	private static long tableCount() {
		return checks.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", Long.class);
	}

	private static String email(int i) {
		String value = HOSTILE.get(i);
		return ((value.length() < 1000) ? value : "huge") + "#" + i;
	}

	private static List<Integer> ranks(Filter filter) {
		return client.model("Membership").findMany(where(filter).withOrderBy(List.of(asc("rank")))).stream()
			.map((row) -> (Integer) row.get("rank")).toList();
	}

	private static List<Integer> sqlRanks(String condition, Object... values) {
		return checks.queryForList("SELECT rank FROM \"Membership\" WHERE " + condition + " ORDER BY rank", Integer.class, values);
	}

	private static List<String> emails(Filter filter) {
		return client.model("Account").findMany(where(filter).withOrderBy(List.of(asc("email")))).stream()
			.map((row) -> (String) row.get("email")).toList();
	}

	@Test
	void storesEveryValueExactly() {
		for (int i = 0; i < HOSTILE.size(); i++) {
			String value = HOSTILE.get(i);
			assertThat(checks.queryForObject("SELECT count(*) FROM accounts a JOIN \"Membership\" m ON m.account_id = a.id"
					+ " WHERE a.email_address = ? AND a.tags = ARRAY[?::text, 'plain'] AND a.settings->>'k' = ? AND a.settings->>? = 'v'"
					+ " AND m.note = ?", Long.class, email(i), value, value, value, value)).isEqualTo(1);
		}
	}

	@Test
	void comparesTextLiterally() {
		for (int i = 0; i < HOSTILE.size(); i++) {
			String value = HOSTILE.get(i);
			assertThat(ranks(eq("note", value))).containsExactly(i);
			assertThat(ranks(is("note", Operator.NOT, value))).hasSize(HOSTILE.size() - 1);
			assertThat(ranks(is("note", Operator.IN, List.of(value, "other")))).containsExactly(i);
			assertThat(ranks(is("note", Operator.CONTAINS, value))).isEqualTo(sqlRanks("strpos(note, ?) > 0", value));
			assertThat(ranks(is("note", Operator.STARTS_WITH, value))).isEqualTo(sqlRanks("left(note, length(?)) = ?", value, value));
			assertThat(ranks(is("note", Operator.ENDS_WITH, value))).isEqualTo(sqlRanks("right(note, length(?)) = ?", value, value));
			assertThat(ranks(insensitive("note", Operator.CONTAINS, value)))
				.isEqualTo(sqlRanks("strpos(lower(note), lower(?)) > 0", value));
			assertThat(ranks(insensitive("note", Operator.EQUALS, value))).isEqualTo(sqlRanks("lower(note) = lower(?)", value));
			assertThat(ranks(is("note", Operator.GT, value))).isEqualTo(sqlRanks("note > ?", value));
		}
	}

	@Test
	void matchesListsJsonAndRelationsLiterally() {
		for (int i = 0; i < HOSTILE.size(); i++) {
			String value = HOSTILE.get(i);
			String email = email(i);
			assertThat(emails(new Filter.ListCondition("tags", ListOperator.HAS, value))).containsExactly(email);
			assertThat(emails(new Filter.ListCondition("tags", ListOperator.HAS_EVERY, List.of(value, "plain")))).containsExactly(email);
			assertThat(emails(new Filter.ListCondition("tags", ListOperator.HAS_SOME, List.of(value)))).containsExactly(email);
			assertThat(emails(new Filter.ListCondition("tags", ListOperator.EQUALS, List.of(value, "plain")))).containsExactly(email);
			assertThat(emails(new Filter.JsonCondition("settings", List.of("k"), Operator.EQUALS, value))).containsExactly(email);
			assertThat(emails(new Filter.JsonCondition("settings", List.of(value), Operator.EQUALS, "v"))).containsExactly(email);
			assertThat(emails(new Filter.JsonCondition("settings", List.of(value, "deeper"), Operator.EQUALS, "v"))).isEmpty();
			List<String> containing = new ArrayList<>();
			for (int j = 0; j < HOSTILE.size(); j++) {
				if (HOSTILE.get(j).contains(value)) {
					containing.add(email(j));
				}
			}
			assertThat(emails(new Filter.JsonCondition("settings", List.of("k"), Operator.CONTAINS, value)))
				.containsExactlyInAnyOrderElementsOf(containing);
			assertThat(emails(relation("memberships", Quantifier.SOME, eq("note", value)))).containsExactly(email);
			assertThat(emails(eq("email", email))).containsExactly(email);
			assertThat(client.model("Account").findUnique(Map.of("email", email), Shape.DEFAULT)).isPresent();
			assertThat(client.model("Account").findMany(Q.orderBy(asc("email")).withCursor(Map.of("email", email)))).isNotEmpty();
			assertThat(client.queryRaw("SELECT count(*) AS n FROM \"Membership\" WHERE note = ?", value).get(0).get("n")).isEqualTo(1L);
		}
	}

	@Test
	void textWithNulIsADataValidationError() {
		// Found by FilterFuzzTests: PostgreSQL text cannot hold U+0000, which came back as P2010.
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("Membership").findMany(where(eq("note", "a\0b"))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2007"))
			.withMessageContaining("NUL");
	}

	@Test
	void infiniteNumbersForWholeNumberFieldsAreInvalidQueries() {
		// Found by FilterFuzzTests: Infinity for an Int or BigInt threw a NumberFormatException.
		for (double infinite : new double[] { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
			assertThatExceptionOfType(PrismaClientException.class)
				.isThrownBy(() -> client.model("Membership").findMany(where(eq("rank", infinite))))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2009"));
			assertThatExceptionOfType(PrismaClientException.class)
				.isThrownBy(() -> client.model("Account").findMany(where(eq("visits", infinite))))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2009"));
		}
	}
}
