package dev.prismaspring.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.errors.RecordNotFoundException;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.Filter.Quantifier;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.OrderBy;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.and;
import static dev.prismaspring.client.Q.asc;
import static dev.prismaspring.client.Q.desc;
import static dev.prismaspring.client.Q.eq;
import static dev.prismaspring.client.Q.ids;
import static dev.prismaspring.client.Q.insensitive;
import static dev.prismaspring.client.Q.is;
import static dev.prismaspring.client.Q.map;
import static dev.prismaspring.client.Q.not;
import static dev.prismaspring.client.Q.or;
import static dev.prismaspring.client.Q.orderBy;
import static dev.prismaspring.client.Q.relation;
import static dev.prismaspring.client.Q.values;
import static dev.prismaspring.client.Q.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reads on the getting-started schema, each checked against a query written by hand. */
@PostgresTest
class BlogReadTests {

	private static PrismaClient client;

	private static TestDatabase database;

	private static Checks checks;

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		checks = Checks.on(database);
		client = TestClients.migrate(database, TestClients.datamodel(Schemas.BLOG));
		BlogData.reset(database);
	}

	private static ModelClient users() {
		return client.model("User");
	}

	private static ModelClient posts() {
		return client.model("Post");
	}

	private static List<Object> sql(String query) {
		return List.copyOf(checks.queryForList(query, Integer.class));
	}

	private static List<Object> postIds(Filter filter) {
		return ids(posts().findMany(where(filter).withOrderBy(List.of(asc("id")))));
	}

	private static List<Object> userIds(Filter filter) {
		return ids(users().findMany(where(filter).withOrderBy(List.of(asc("id")))));
	}

	@Test
	void equalsAValueOrNull() {
		assertThat(userIds(eq("name", "Alice"))).isEqualTo(sql("SELECT id FROM \"User\" WHERE name = 'Alice' ORDER BY id"));
		assertThat(userIds(eq("name", null))).isEqualTo(sql("SELECT id FROM \"User\" WHERE name IS NULL ORDER BY id"))
			.containsExactly(3);
	}

	@Test
	void notExcludesNullsAsPrismaDoes() {
		assertThat(userIds(is("name", Operator.NOT, "Alice")))
			.isEqualTo(sql("SELECT id FROM \"User\" WHERE name <> 'Alice' ORDER BY id")).containsExactly(2, 4, 5);
		assertThat(userIds(is("name", Operator.NOT, null))).isEqualTo(sql("SELECT id FROM \"User\" WHERE name IS NOT NULL ORDER BY id"));
		assertThat(userIds(not(eq("name", "Alice")))).containsExactly(2, 4, 5);
	}

	@Test
	void inAndNotIn() {
		assertThat(userIds(is("email", Operator.IN, List.of("bob@example.com", "eve@x.io", "nobody")))).containsExactly(2, 5);
		assertThat(userIds(is("name", Operator.NOT_IN, List.of("Alice", "Bob"))))
			.isEqualTo(sql("SELECT id FROM \"User\" WHERE name NOT IN ('Alice', 'Bob') ORDER BY id"));
		assertThat(userIds(is("id", Operator.IN, List.of()))).isEmpty();
		assertThat(userIds(is("name", Operator.NOT_IN, List.of()))).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void comparesNumbersAndDates() {
		assertThat(postIds(is("viewCount", Operator.GT, 7))).isEqualTo(sql("SELECT id FROM \"Post\" WHERE \"viewCount\" > 7 ORDER BY id"));
		assertThat(postIds(is("viewCount", Operator.GTE, 7))).isEqualTo(sql("SELECT id FROM \"Post\" WHERE \"viewCount\" >= 7 ORDER BY id"));
		assertThat(postIds(is("viewCount", Operator.LT, 7))).isEqualTo(sql("SELECT id FROM \"Post\" WHERE \"viewCount\" < 7 ORDER BY id"));
		assertThat(postIds(is("viewCount", Operator.LTE, 5L))).isEqualTo(sql("SELECT id FROM \"Post\" WHERE \"viewCount\" <= 5 ORDER BY id"));
		assertThat(postIds(and(is("createdAt", Operator.GTE, Instant.parse("2024-01-03T10:00:00Z")),
				is("createdAt", Operator.LT, Instant.parse("2024-01-05T10:00:00Z"))))).containsExactly(3, 4);
		assertThat(postIds(eq("published", false))).isEqualTo(sql("SELECT id FROM \"Post\" WHERE NOT published ORDER BY id"));
	}

	@Test
	void matchesTextWithWildcardsTakenLiterally() {
		assertThat(postIds(is("title", Operator.CONTAINS, "o"))).isEqualTo(sql("SELECT id FROM \"Post\" WHERE strpos(title, 'o') > 0 ORDER BY id"));
		assertThat(postIds(is("title", Operator.CONTAINS, "%"))).containsExactly(5);
		assertThat(postIds(is("title", Operator.CONTAINS, "_"))).containsExactly(5);
		assertThat(postIds(is("title", Operator.STARTS_WITH, "100%"))).containsExactly(5);
		assertThat(postIds(is("title", Operator.STARTS_WITH, "_"))).isEmpty();
		assertThat(postIds(is("title", Operator.ENDS_WITH, "again"))).containsExactly(6);
		assertThat(postIds(is("title", Operator.ENDS_WITH, "%"))).isEmpty();
	}

	@Test
	void ignoresCaseInInsensitiveMode() {
		assertThat(userIds(insensitive("name", Operator.EQUALS, "DAVE"))).containsExactly(4);
		assertThat(userIds(insensitive("name", Operator.CONTAINS, "ALI"))).containsExactly(1);
		assertThat(userIds(insensitive("name", Operator.STARTS_WITH, "b"))).containsExactly(2);
		assertThat(userIds(insensitive("name", Operator.ENDS_WITH, "VE"))).containsExactly(4, 5);
		assertThat(userIds(insensitive("name", Operator.IN, List.of("ALICE", "eve")))).containsExactly(1, 5);
		assertThat(userIds(insensitive("name", Operator.NOT, "alice"))).containsExactly(2, 4, 5);
		assertThat(userIds(insensitive("name", Operator.GT, "c"))).isEqualTo(sql("SELECT id FROM \"User\" WHERE lower(name) > 'c' ORDER BY id"));
		assertThat(userIds(insensitive("name", Operator.EQUALS, "D_VE"))).isEmpty();
	}

	@Test
	void combinesWithAndOrNot() {
		assertThat(postIds(and(eq("published", true), or(is("viewCount", Operator.GT, 40), eq("authorId", 1)))))
			.isEqualTo(sql("SELECT id FROM \"Post\" WHERE published AND (\"viewCount\" > 40 OR \"authorId\" = 1) ORDER BY id"));
		assertThat(postIds(not(eq("published", true), eq("authorId", 1))))
			.isEqualTo(sql("SELECT id FROM \"Post\" WHERE NOT published AND NOT (\"authorId\" = 1) ORDER BY id"));
		assertThat(postIds(or())).isEmpty();
		assertThat(postIds(and())).hasSize(6);
		assertThat(postIds(not())).hasSize(6);
	}

	@Test
	void filtersOnListRelations() {
		assertThat(userIds(relation("posts", Quantifier.SOME, eq("published", true))))
			.isEqualTo(sql("SELECT id FROM \"User\" u WHERE EXISTS (SELECT 1 FROM \"Post\" p WHERE p.\"authorId\" = u.id AND p.published) ORDER BY id"));
		assertThat(userIds(relation("posts", Quantifier.EVERY, eq("published", true))))
			.isEqualTo(sql("SELECT id FROM \"User\" u WHERE NOT EXISTS (SELECT 1 FROM \"Post\" p WHERE p.\"authorId\" = u.id AND NOT p.published) ORDER BY id"))
			.containsExactly(2, 3, 4, 5);
		assertThat(userIds(relation("posts", Quantifier.NONE, null)))
			.isEqualTo(sql("SELECT id FROM \"User\" u WHERE NOT EXISTS (SELECT 1 FROM \"Post\" p WHERE p.\"authorId\" = u.id) ORDER BY id"));
		assertThat(userIds(relation("posts", Quantifier.SOME, null))).containsExactly(1, 2, 3);
	}

	@Test
	void filtersOnToOneRelationsFromBothSides() {
		assertThat(postIds(relation("author", Quantifier.IS, is("email", Operator.ENDS_WITH, "@prisma.io"))))
			.isEqualTo(sql("SELECT p.id FROM \"Post\" p JOIN \"User\" u ON u.id = p.\"authorId\" WHERE u.email LIKE '%@prisma.io' ORDER BY p.id"));
		assertThat(postIds(relation("author", Quantifier.IS, null))).containsExactly(4);
		assertThat(postIds(relation("author", Quantifier.IS_NOT, null))).containsExactly(1, 2, 3, 5, 6);
		assertThat(postIds(relation("author", Quantifier.IS_NOT, eq("name", "Alice")))).containsExactly(3, 4, 5, 6);
		assertThat(userIds(relation("profile", Quantifier.IS, null))).containsExactly(3, 4, 5);
		assertThat(userIds(relation("profile", Quantifier.IS, is("bio", Operator.STARTS_WITH, "Bob")))).containsExactly(2);
	}

	@Test
	void filtersOnRelationsAtAnyDepth() {
		Filter deep = relation("posts", Quantifier.SOME, relation("author", Quantifier.IS,
				relation("profile", Quantifier.IS, is("bio", Operator.CONTAINS, "Bob"))));
		assertThat(userIds(deep)).isEqualTo(sql("""
				SELECT u.id FROM "User" u WHERE EXISTS (SELECT 1 FROM "Post" p JOIN "User" a ON a.id = p."authorId"
				  JOIN "Profile" f ON f."userId" = a.id WHERE p."authorId" = u.id AND strpos(f.bio, 'Bob') > 0) ORDER BY u.id"""))
			.containsExactly(2);
	}

	@Test
	void ordersByFieldsWithNullsWhereAsked() {
		assertThat(ids(posts().findMany(orderBy(desc("viewCount"), asc("id")))))
			.isEqualTo(sql("SELECT id FROM \"Post\" ORDER BY \"viewCount\" DESC, id"));
		assertThat(ids(posts().findMany(orderBy(new OrderBy.ByField("content", OrderBy.Direction.ASC, OrderBy.Nulls.FIRST)))))
			.isEqualTo(sql("SELECT id FROM \"Post\" ORDER BY content ASC NULLS FIRST, id"));
		assertThat(ids(posts().findMany(orderBy(new OrderBy.ByField("content", OrderBy.Direction.DESC, OrderBy.Nulls.LAST)))))
			.isEqualTo(sql("SELECT id FROM \"Post\" ORDER BY content DESC NULLS LAST, id"));
	}

	@Test
	void ordersByToOneRelationFieldsAndRelationCounts() {
		OrderBy byAuthorName = new OrderBy.ByRelation("author", new OrderBy.ByField("name", OrderBy.Direction.ASC,
				OrderBy.Nulls.LAST));
		assertThat(ids(posts().findMany(orderBy(byAuthorName))))
			.isEqualTo(sql("SELECT p.id FROM \"Post\" p LEFT JOIN \"User\" u ON u.id = p.\"authorId\" ORDER BY u.name ASC NULLS LAST, p.id"));
		OrderBy byBio = new OrderBy.ByRelation("profile", desc("bio"));
		assertThat(ids(users().findMany(orderBy(byBio))))
			.isEqualTo(sql("SELECT u.id FROM \"User\" u LEFT JOIN \"Profile\" f ON f.\"userId\" = u.id ORDER BY f.bio DESC, u.id"));
		OrderBy byPostCount = new OrderBy.ByRelationCount("posts", OrderBy.Direction.DESC);
		assertThat(ids(users().findMany(orderBy(byPostCount))))
			.isEqualTo(sql("SELECT u.id FROM \"User\" u ORDER BY (SELECT count(*) FROM \"Post\" p WHERE p.\"authorId\" = u.id) DESC, u.id"));
	}

	@Test
	void skipsAndTakes() {
		FindArgs byViews = orderBy(desc("viewCount"), asc("id"));
		assertThat(ids(posts().findMany(byViews.withSkip(1).withTake(2))))
			.isEqualTo(sql("SELECT id FROM \"Post\" ORDER BY \"viewCount\" DESC, id OFFSET 1 LIMIT 2"));
		assertThat(ids(posts().findMany(byViews.withTake(-2))))
			.isEqualTo(sql("SELECT id FROM (SELECT id, \"viewCount\" FROM \"Post\" ORDER BY \"viewCount\" ASC, id DESC LIMIT 2) s ORDER BY \"viewCount\" DESC, id"));
		assertThat(ids(posts().findMany(FindArgs.ALL.withTake(2)))).containsExactly(1, 2);
		assertThat(ids(posts().findMany(FindArgs.ALL.withSkip(10)))).isEmpty();
	}

	@Test
	void paginatesFromACursorAsPrismaDoes() {
		FindArgs byViews = orderBy(desc("viewCount"), asc("id"));
		List<Object> all = sql("SELECT id FROM \"Post\" ORDER BY \"viewCount\" DESC, id");
		assertThat(all).containsExactly(3, 6, 1, 5, 2, 4);
		assertThat(ids(posts().findMany(byViews.withCursor(Map.of("id", 1)).withTake(2)))).containsExactly(1, 5);
		assertThat(ids(posts().findMany(byViews.withCursor(Map.of("id", 1)).withSkip(1).withTake(2)))).containsExactly(5, 2);
		assertThat(ids(posts().findMany(byViews.withCursor(Map.of("id", 1)).withTake(-2)))).containsExactly(6, 1);
		assertThat(ids(posts().findMany(byViews.withCursor(Map.of("id", 1)).withSkip(1).withTake(-2)))).containsExactly(3, 6);
		assertThat(ids(posts().findMany(byViews.withCursor(Map.of("id", 6))))).containsExactly(6, 1, 5, 2, 4);
		assertThat(ids(posts().findMany(FindArgs.ALL.withCursor(Map.of("id", 4))))).containsExactly(4, 5, 6);
		assertThat(ids(posts().findMany(byViews.withCursor(Map.of("id", 99)).withTake(2)))).isEmpty();
	}

	@Test
	void cursorsRespectNullsInTheOrder() {
		FindArgs byContent = orderBy(new OrderBy.ByField("content", OrderBy.Direction.ASC, OrderBy.Nulls.FIRST));
		List<Object> all = sql("SELECT id FROM \"Post\" ORDER BY content ASC NULLS FIRST, id");
		for (int i = 0; i < all.size(); i++) {
			assertThat(ids(posts().findMany(byContent.withCursor(Map.of("id", all.get(i))))))
				.isEqualTo(all.subList(i, all.size()));
		}
		FindArgs byAuthorName = orderBy(new OrderBy.ByRelation("author", new OrderBy.ByField("name", OrderBy.Direction.DESC,
				OrderBy.Nulls.LAST)));
		List<Object> byAuthor = sql("SELECT p.id FROM \"Post\" p LEFT JOIN \"User\" u ON u.id = p.\"authorId\" ORDER BY u.name DESC NULLS LAST, p.id");
		for (int i = 0; i < byAuthor.size(); i++) {
			assertThat(ids(posts().findMany(byAuthorName.withCursor(Map.of("id", byAuthor.get(i))).withTake(3))))
				.isEqualTo(byAuthor.subList(i, Math.min(i + 3, byAuthor.size())));
		}
		FindArgs byContentDesc = orderBy(desc("content"));
		List<Object> descending = sql("SELECT id FROM \"Post\" ORDER BY content DESC, id");
		for (int i = 0; i < descending.size(); i++) {
			assertThat(ids(posts().findMany(byContentDesc.withCursor(Map.of("id", descending.get(i))).withTake(-10))))
				.isEqualTo(descending.subList(0, i + 1));
		}
	}

	@Test
	void keepsDistinctValuesInMemoryAfterOrdering() {
		FindArgs distinctAuthors = orderBy(desc("viewCount")).withDistinct(List.of("authorId"));
		assertThat(ids(posts().findMany(distinctAuthors)))
			.isEqualTo(sql("SELECT id FROM (SELECT DISTINCT ON (\"authorId\") id, \"authorId\", \"viewCount\" FROM \"Post\""
					+ " ORDER BY \"authorId\", \"viewCount\" DESC, id) s ORDER BY \"viewCount\" DESC, id"));
		assertThat(ids(posts().findMany(distinctAuthors.withSkip(1).withTake(2)))).hasSize(2);
		assertThat(posts().findMany(orderBy(asc("id")).withDistinct(List.of("published")).withShape(Shape.DEFAULT.select(List.of("title")))))
			.extracting((row) -> row.asMap()).containsExactly(Map.of("title", "Hello World"), Map.of("title", "Second"));
	}

	@Test
	void selectsAndOmitsFields() {
		Row alice = users().findUniqueOrThrow(Map.of("id", 1), Shape.DEFAULT.select(List.of("email")));
		assertThat(alice.asMap()).isEqualTo(Map.of("email", "alice@prisma.io"));
		assertThat(alice.has("name")).isFalse();
		Row post = posts().findUniqueOrThrow(Map.of("id", 1), new Shape(null, Set.of("content", "createdAt", "updatedAt"), Map.of(), Set.of()));
		assertThat(post.fields()).containsExactly("id", "title", "published", "viewCount", "authorId");
	}

	@Test
	void readsEveryFieldWithItsJavaType() {
		Row post = posts().findUniqueOrThrow(Map.of("id", 2), Shape.DEFAULT);
		assertThat(post.asMap()).containsEntry("createdAt", Instant.parse("2024-01-02T10:00:00Z")).containsEntry("content", null)
			.containsEntry("published", false).containsEntry("viewCount", 5).containsEntry("authorId", 1);
	}

	@ParameterizedTest
	@EnumSource(RelationLoadStrategy.class)
	void includesRelationsOfEveryKind(RelationLoadStrategy strategy) {
		ModelClient users = client.withRelationLoadStrategy(strategy).model("User");
		Shape shape = Shape.DEFAULT.select(List.of("email"))
			.include("posts", orderBy(asc("id")).withShape(Shape.DEFAULT.select(List.of("title"))))
			.include("profile", FindArgs.ALL.withShape(Shape.DEFAULT.select(List.of("bio"))));
		List<Row> rows = users.findMany(orderBy(asc("id")).withShape(shape));
		assertThat(rows).hasSize(5);
		assertThat(rows.get(0).asMap()).isEqualTo(map("email", "alice@prisma.io", "posts",
				List.of(new Row(map("title", "Hello World")), new Row(map("title", "Second"))), "profile",
				new Row(map("bio", "Alice bio"))));
		assertThat(rows.get(2).one("profile")).isNull();
		assertThat(values(rows.get(2).many("posts"), "title")).containsExactly("100% off_sale");
		assertThat(rows.get(3).many("posts")).isEmpty();
		ModelClient posts = client.withRelationLoadStrategy(strategy).model("Post");
		List<Row> withAuthors = posts.findMany(orderBy(asc("id")).withShape(Shape.DEFAULT.select(List.of("id"))
			.include("author", FindArgs.ALL.withShape(Shape.DEFAULT.select(List.of("name"))))));
		assertThat(withAuthors).extracting((row) -> row.one("author") == null ? null : row.one("author").get("name"))
			.containsExactly("Alice", "Alice", "Bob", null, null, "Bob");
	}

	@ParameterizedTest
	@EnumSource(RelationLoadStrategy.class)
	void includesNestedRelationsWithTheirOwnArguments(RelationLoadStrategy strategy) {
		ModelClient users = client.withRelationLoadStrategy(strategy).model("User");
		FindArgs topPost = where(eq("published", true)).withOrderBy(List.of(desc("viewCount"), asc("id"))).withTake(1)
			.withShape(Shape.DEFAULT.select(List.of("title"))
				.include("author", FindArgs.ALL.withShape(Shape.DEFAULT.select(List.of("email"))
					.include("profile", FindArgs.ALL))));
		List<Row> rows = users.findMany(orderBy(asc("id")).withShape(Shape.DEFAULT.select(List.of("id")).include("posts", topPost)));
		assertThat(rows.get(0).many("posts")).singleElement().satisfies((post) -> {
			assertThat(post.get("title")).isEqualTo("Hello World");
			assertThat(post.one("author").get("email")).isEqualTo("alice@prisma.io");
			assertThat(post.one("author").one("profile").asMap()).isEqualTo(map("id", 1, "bio", "Alice bio", "userId", 1));
		});
		assertThat(rows.get(1).many("posts")).extracting((post) -> post.get("title")).containsExactly("Prisma rocks");
		assertThat(rows.get(2).many("posts").get(0).one("author").one("profile")).isNull();
		FindArgs lastTwo = orderBy(asc("id")).withTake(-1).withSkip(0);
		List<Row> last = users.findMany(orderBy(asc("id")).withShape(Shape.DEFAULT.select(List.of("id")).include("posts", lastTwo)));
		assertThat(last.get(0).many("posts")).extracting((post) -> post.get("id")).containsExactly(2);
		assertThat(last.get(1).many("posts")).extracting((post) -> post.get("id")).containsExactly(6);
		FindArgs fromCursor = orderBy(asc("id")).withCursor(Map.of("id", 6));
		List<Row> cursor = users.findMany(orderBy(asc("id")).withShape(Shape.DEFAULT.select(List.of("id")).include("posts", fromCursor)));
		assertThat(cursor.get(1).many("posts")).extracting((post) -> post.get("id")).containsExactly(6);
		assertThat(cursor.get(0).many("posts")).isEmpty();
		FindArgs distinct = orderBy(asc("id")).withDistinct(List.of("published"));
		List<Row> distinctPosts = users.findMany(orderBy(asc("id")).withShape(Shape.DEFAULT.select(List.of("id")).include("posts", distinct)));
		assertThat(distinctPosts.get(1).many("posts")).extracting((post) -> post.get("id")).containsExactly(3);
		assertThat(distinctPosts.get(0).many("posts")).extracting((post) -> post.get("id")).containsExactly(1, 2);
	}

	@ParameterizedTest
	@EnumSource(RelationLoadStrategy.class)
	void countsRelatedRecords(RelationLoadStrategy strategy) {
		ModelClient users = client.withRelationLoadStrategy(strategy).model("User");
		List<Row> rows = users.findMany(orderBy(asc("id")).withShape(new Shape(Set.of("id"), Set.of(),
				Map.of("profile", FindArgs.ALL), Set.of("posts"))));
		assertThat(rows).extracting((row) -> row.count("posts"))
			.isEqualTo(checks.queryForList("SELECT (SELECT count(*) FROM \"Post\" p WHERE p.\"authorId\" = u.id) FROM \"User\" u"
					+ " ORDER BY u.id", Long.class));
	}

	@ParameterizedTest
	@EnumSource(RelationLoadStrategy.class)
	void countsOnlyTheRelatedRecordsAFilterKeeps(RelationLoadStrategy strategy) {
		ModelClient users = client.withRelationLoadStrategy(strategy).model("User");
		// Published posts with more than 5 views; a hostile string in the same filter stays a value.
		Filter kept = and(eq("published", true), is("viewCount", Operator.GT, 5),
				not(eq("title", "x' OR 1=1; DROP TABLE \"Post\"; --")));
		List<Row> rows = users.findMany(orderBy(asc("id")).withShape(new Shape(Set.of("id"), Set.of(),
				Map.of("posts", FindArgs.ALL), Set.of("posts"), Map.of("posts", kept))));
		assertThat(rows).extracting((row) -> row.count("posts"))
			.isEqualTo(checks.queryForList("SELECT (SELECT count(*) FROM \"Post\" p WHERE p.\"authorId\" = u.id"
					+ " AND p.published AND p.\"viewCount\" > 5) FROM \"User\" u ORDER BY u.id", Long.class))
			.containsExactly(1L, 2L, 1L, 0L, 0L);
		// The filter narrows the count only: the included posts are all of them.
		assertThat(rows.get(0).many("posts")).hasSize(2);
		assertThat(checks.queryForObject("SELECT count(*) FROM \"Post\"", Long.class)).isEqualTo(6L);
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> users.findMany(FindArgs.ALL.withShape(new Shape(null, Set.of(), Map.of(), Set.of("posts"),
					Map.of("posts", eq("nope", 1))))))
			.withMessageContaining("nope");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new Shape(null, Set.of(), Map.of(), Set.of(), Map.of("posts", kept)))
			.withMessageContaining("`posts`");
	}

	@Test
	void searchesTextWithPostgresFullTextSearch() {
		assertThat(ids(posts().findMany(where(is("title", Operator.SEARCH, "hello | rocks")).withOrderBy(List.of(asc("id"))))))
			.containsExactly(1, 3)
			.isEqualTo(checks.queryForList("SELECT id FROM \"Post\" WHERE to_tsvector(title) @@ to_tsquery('hello | rocks')"
					+ " ORDER BY id", Integer.class));
		assertThat(ids(posts().findMany(where(is("title", Operator.SEARCH, "bob & again"))))).containsExactly(6);
		assertThat(ids(posts().findMany(where(and(is("title", Operator.SEARCH, "!hello"), eq("published", true)))
			.withOrderBy(List.of(asc("id")))))).containsExactly(3, 5, 6);
		// The query is a bound value: a hostile one is a tsquery syntax error, and nothing else happens.
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> posts().findMany(where(is("title", Operator.SEARCH, "x'); DROP TABLE \"Post\"; --"))));
		assertThat(checks.queryForObject("SELECT count(*) FROM \"Post\"", Long.class)).isEqualTo(6L);
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> posts().findMany(where(is("viewCount", Operator.SEARCH, "1"))))
			.withMessageContaining("full-text search");
	}

	@Test
	void ordersByFullTextRelevanceThenById() {
		OrderBy relevance = new OrderBy.ByRelevance(List.of("title", "content"), "hello | world | rocks", OrderBy.Direction.DESC);
		List<Integer> expected = checks.queryForList("SELECT id FROM \"Post\" ORDER BY ts_rank(to_tsvector(concat_ws(' ',"
				+ " title, content)), to_tsquery('hello | world | rocks')) DESC, id", Integer.class);
		assertThat(expected).startsWith(1, 3);
		assertThat(ids(posts().findMany(orderBy(relevance)))).isEqualTo(expected);
		// A cursor compares the rank of each record with the cursor record's.
		assertThat(ids(posts().findMany(orderBy(relevance).withCursor(Map.of("id", 3)).withTake(2))))
			.isEqualTo(expected.subList(1, 3));
		assertThat(ids(posts().findMany(orderBy(relevance).withTake(-2)))).isEqualTo(expected.subList(4, 6));
		// The query is bound: a hostile one is a tsquery syntax error (P2007), and nothing else happens.
		OrderBy hostile = new OrderBy.ByRelevance(List.of("title"), "x'); DROP TABLE \"Post\"; --", OrderBy.Direction.ASC);
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> posts().findMany(orderBy(hostile)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2007"));
		assertThat(checks.queryForObject("SELECT count(*) FROM \"Post\"", Long.class)).isEqualTo(6L);
		OrderBy byNumber = new OrderBy.ByRelevance(List.of("title", "viewCount"), "hello", OrderBy.Direction.ASC);
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> posts().findMany(orderBy(byNumber)))
			.withMessageContaining("`Post.viewCount` is not a String field");
	}

	@Test
	void findsUniqueRecordsByIdOrUniqueField() {
		assertThat(users().findUnique(Map.of("email", "bob@example.com"), Shape.DEFAULT)).get()
			.satisfies((row) -> assertThat(row.get("id")).isEqualTo(2));
		assertThat(users().findUnique(Map.of("id", 42), Shape.DEFAULT)).isEmpty();
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> users().findUniqueOrThrow(Map.of("id", 42), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2025"));
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> users().findUnique(Map.of("name", "Alice"), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2009"))
			.withMessageContaining("primary key or a unique constraint");
		assertThat(users().findUnique(Map.of("id", 1, "name", "Bob"), Shape.DEFAULT)).isEmpty();
	}

	@Test
	void findsTheFirstRecordInOrder() {
		assertThat(posts().findFirst(where(eq("published", true)).withOrderBy(List.of(desc("viewCount"), desc("id"))))).get()
			.satisfies((row) -> assertThat(row.get("id")).isEqualTo(6));
		assertThat(posts().findFirst(orderBy(asc("id")).withTake(-5))).get().satisfies((row) -> assertThat(row.get("id")).isEqualTo(6));
		assertThat(posts().findFirst(where(eq("title", "none")))).isEmpty();
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> posts().findFirstOrThrow(where(eq("title", "none"))));
	}

	@Test
	void countsRecords() {
		assertThat(posts().count(where(eq("published", true)))).isEqualTo(4);
		assertThat(posts().count(orderBy(asc("id")).withSkip(2).withTake(3))).isEqualTo(3);
		assertThat(posts().count(FindArgs.ALL.withDistinct(List.of("authorId")))).isEqualTo(4);
		assertThat(posts().count(orderBy(asc("id")).withCursor(Map.of("id", 5)))).isEqualTo(2);
	}

	@Test
	void refusesUnknownFieldsAndModels() {
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> client.model("Nope"))
			.withMessageContaining("no model `Nope`").satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2009"));
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> users().findMany(where(eq("nope", 1))))
			.withMessageContaining("no scalar field `nope`");
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> users().findMany(where(eq("id", "one"))))
			.withMessageContaining("`User.id` takes an Int");
		assertThat(client.model("User")).isSameAs(client.model("User"));
	}
}
