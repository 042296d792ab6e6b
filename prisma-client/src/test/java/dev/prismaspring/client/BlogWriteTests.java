package dev.prismaspring.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prismaspring.client.errors.ForeignKeyViolationException;
import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.errors.RecordNotFoundException;
import dev.prismaspring.client.errors.UniqueConstraintViolationException;
import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;
import dev.prismaspring.client.query.WriteData.Atomic.Operation;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.atomic;
import static dev.prismaspring.client.Q.data;
import static dev.prismaspring.client.Q.eq;
import static dev.prismaspring.client.Q.is;
import static dev.prismaspring.client.Q.map;
import static dev.prismaspring.client.Q.orderBy;
import static dev.prismaspring.client.Q.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Writes on the getting-started schema, each checked with SQL written by hand. */
@PostgresTest
class BlogWriteTests {

	private static PrismaClient client;

	private static TestDatabase database;

	private static Checks checks;

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		checks = Checks.on(database);
		client = TestClients.migrate(database, TestClients.datamodel(Schemas.BLOG));
	}

	@BeforeEach
	void resetData() {
		BlogData.reset(database);
	}

	private static ModelClient users() {
		return client.model("User");
	}

	private static ModelClient posts() {
		return client.model("Post");
	}

	private static ModelClient profiles() {
		return client.model("Profile");
	}

	private static String text(String sql, Object... args) {
		return checks.queryForObject(sql, String.class, args);
	}

	private static long number(String sql, Object... args) {
		return checks.queryForObject("SELECT (" + sql + ")::bigint", Long.class, args);
	}

	private static List<Integer> ints(String sql, Object... args) {
		return checks.queryForList(sql, Integer.class, args);
	}

	@Test
	void createsARecordWithDatabaseAndClientDefaults() {
		Instant before = Instant.now().minusSeconds(1);
		Row post = posts().create(data("title", "New"), Shape.DEFAULT);
		assertThat(post.get("id")).isEqualTo(7);
		assertThat(post.get("published")).isEqualTo(false);
		assertThat(post.get("viewCount")).isEqualTo(0);
		assertThat((Instant) post.get("updatedAt")).isAfter(before);
		assertThat((Instant) post.get("createdAt")).isAfter(before);
		assertThat(text("SELECT title || '|' || published || '|' || (\"updatedAt\" IS NOT NULL) FROM \"Post\" WHERE id = 7"))
			.isEqualTo("New|false|true");
	}

	@Test
	void createsWithNestedCreatesOnEverySide() {
		WriteData user = with(with(data("email", "new@x.io", "name", "New"), "posts",
				new NestedWrite.Create(data("title", "P1")), new NestedWrite.Create(data("title", "P2", "published", true))),
				"profile", new NestedWrite.Create(data("bio", "hi")));
		Row created = users().create(user, Shape.DEFAULT.include("posts", orderBy(Q.asc("id"))).include("profile", FindArgs.ALL));
		assertThat(created.many("posts")).extracting((post) -> post.get("title")).containsExactly("P1", "P2");
		assertThat(created.one("profile").get("bio")).isEqualTo("hi");
		assertThat(text("SELECT string_agg(title, ',' ORDER BY id) FROM \"Post\" WHERE \"authorId\" = 6")).isEqualTo("P1,P2");
		assertThat(text("SELECT bio FROM \"Profile\" WHERE \"userId\" = 6")).isEqualTo("hi");
	}

	@Test
	void createsOnTheForeignKeySideByWritingTheRelatedRecordFirst() {
		Row post = posts().create(data(map("title", "Guest post"), "author",
				new NestedWrite.Create(data("email", "guest@x.io"))), Shape.DEFAULT);
		assertThat(post.get("authorId")).isEqualTo(6);
		assertThat(text("SELECT u.email FROM \"Post\" p JOIN \"User\" u ON u.id = p.\"authorId\" WHERE p.title = 'Guest post'"))
			.isEqualTo("guest@x.io");
		Row profile = profiles().create(data(map("bio", "Carol's"), "user",
				new NestedWrite.Connect(Map.of("email", "carol@prisma.io"))), Shape.DEFAULT);
		assertThat(profile.get("userId")).isEqualTo(3);
		posts().create(data(map("title", "A"), "author",
				new NestedWrite.ConnectOrCreate(Map.of("email", "eve@x.io"), data("email", "eve@x.io"))), Shape.DEFAULT);
		posts().create(data(map("title", "B"), "author",
				new NestedWrite.ConnectOrCreate(Map.of("email", "zed@x.io"), data("email", "zed@x.io", "name", "Zed"))), Shape.DEFAULT);
		assertThat(text("SELECT string_agg(p.title || ':' || u.email, ',' ORDER BY p.id) FROM \"Post\" p JOIN \"User\" u"
				+ " ON u.id = p.\"authorId\" WHERE p.title IN ('A', 'B')")).isEqualTo("A:eve@x.io,B:zed@x.io");
		assertThat(number("SELECT count(*) FROM \"User\"")).isEqualTo(7);
	}

	@Test
	void connectsAndCreatesManyOnTheOtherSide() {
		users().create(with(data("email", "f@x.io"), "posts", new NestedWrite.Connect(Map.of("id", 4)),
				new NestedWrite.CreateMany(List.of(data("title", "M1"), data("title", "M2")), false),
				new NestedWrite.ConnectOrCreate(Map.of("id", 99), data("title", "M3"))), Shape.DEFAULT);
		assertThat(text("SELECT string_agg(title, ',' ORDER BY id) FROM \"Post\" WHERE \"authorId\" = 6")).isEqualTo("Draft,M1,M2,M3");
	}

	@Test
	void aFailedNestedWriteLeavesNothingBehind() {
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> users().create(with(data("email", "g@x.io"),
				"posts", new NestedWrite.Create(data("title", "orphan")), new NestedWrite.Connect(Map.of("id", 99))), Shape.DEFAULT))
			.withMessageContaining("connect on User.posts");
		assertThat(number("SELECT count(*) FROM \"User\" WHERE email = 'g@x.io'")).isZero();
		assertThat(number("SELECT count(*) FROM \"Post\" WHERE title = 'orphan'")).isZero();
	}

	@Test
	void createsManyInMultiRowStatementsAndSkipsDuplicates() {
		List<WriteData> rows = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			rows.add((i % 3 == 0) ? data("email", "user" + i + "@bulk.io", "name", "n" + i) : data("email", "user" + i + "@bulk.io"));
		}
		assertThat(users().createMany(rows, false)).isEqualTo(10_000);
		assertThat(number("SELECT count(*) FROM \"User\" WHERE email LIKE '%@bulk.io'")).isEqualTo(10_000);
		assertThat(number("SELECT count(*) FROM \"User\" WHERE email LIKE '%@bulk.io' AND name IS NOT NULL")).isEqualTo(3334);
		List<WriteData> again = List.of(data("email", "user1@bulk.io"), data("email", "fresh@bulk.io"), data("email", "alice@prisma.io"));
		assertThat(users().createMany(again, true)).isEqualTo(1);
		assertThatExceptionOfType(UniqueConstraintViolationException.class).isThrownBy(() -> users().createMany(again, false))
			.satisfies((ex) -> assertThat(ex.fields()).containsExactly("email"));
		assertThat(users().createMany(List.of(), false)).isZero();
		// @updatedAt is the client's: every row of one createMany gets the same time, a row that
		// gives its own keeps it.
		Instant mine = Instant.parse("2020-01-02T03:04:05.678Z");
		assertThat(posts().createMany(List.of(data("title", "U1", "authorId", 1), data("title", "U2", "authorId", 2, "updatedAt", mine),
				data("title", "U3", "authorId", 1)), false)).isEqualTo(3);
		assertThat(number("SELECT count(DISTINCT \"updatedAt\") FROM \"Post\" WHERE title IN ('U1', 'U3')"
				+ " AND \"updatedAt\" > '2025-01-01'")).isEqualTo(1);
		assertThat(number("SELECT count(*) FROM \"Post\" WHERE title = 'U2' AND \"updatedAt\" = '2020-01-02 03:04:05.678'"))
			.isEqualTo(1);
	}

	@Test
	void createsManyAndReturnsThemInOrder() {
		List<Row> created = posts().createManyAndReturn(List.of(data("title", "R1", "authorId", 1), data("title", "R2")), false,
				Shape.DEFAULT.select(List.of("title")).include("author", FindArgs.ALL.withShape(Shape.DEFAULT.select(List.of("email")))));
		assertThat(created).extracting((row) -> row.get("title")).containsExactly("R1", "R2");
		assertThat(created.get(0).one("author").get("email")).isEqualTo("alice@prisma.io");
		assertThat(created.get(1).one("author")).isNull();
		assertThat(created.get(0).has("id")).isFalse();
		List<Row> ids = posts().createManyAndReturn(List.of(data("title", "R3")), false, Shape.DEFAULT.select(List.of("id")));
		assertThat(ids).extracting((row) -> row.get("id")).containsExactly(9);
	}

	@Test
	void updatesScalarsWithAtomicOperations() {
		Instant before = Instant.now().minusSeconds(1);
		Row updated = posts().update(Map.of("id", 1), data("title", "Changed", "viewCount", atomic(Operation.INCREMENT, 5)), Shape.DEFAULT);
		assertThat(updated.get("viewCount")).isEqualTo(15);
		assertThat((Instant) updated.get("updatedAt")).isAfter(before);
		posts().update(Map.of("id", 1), data("viewCount", atomic(Operation.MULTIPLY, 3)), Shape.DEFAULT);
		posts().update(Map.of("id", 1), data("viewCount", atomic(Operation.DECREMENT, 1)), Shape.DEFAULT);
		posts().update(Map.of("id", 1), data("viewCount", atomic(Operation.DIVIDE, 4)), Shape.DEFAULT);
		assertThat(number("SELECT \"viewCount\" FROM \"Post\" WHERE id = 1")).isEqualTo(11);
		posts().update(Map.of("id", 1), data("viewCount", atomic(Operation.SET, 2), "content", null), Shape.DEFAULT);
		assertThat(text("SELECT \"viewCount\" || '|' || coalesce(content, 'null') || '|' || title FROM \"Post\" WHERE id = 1"))
			.isEqualTo("2|null|Changed");
		assertThat(text("SELECT title FROM \"Post\" WHERE id = 2")).isEqualTo("Second");
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> posts().update(Map.of("id", 99), data("title", "x"), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2025"));
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> posts().update(Map.of("id", 1), data("title", atomic(Operation.INCREMENT, 1)), Shape.DEFAULT))
			.withMessageContaining("is not a number");
	}

	@Test
	void updatesAListRelationWithEveryNestedWrite() {
		users().update(Map.of("id", 1), with(data(), "posts",
				new NestedWrite.Create(data("title", "C1")),
				new NestedWrite.CreateMany(List.of(data("title", "C2"), data("title", "C3")), false),
				new NestedWrite.Connect(Map.of("id", 4)),
				new NestedWrite.ConnectOrCreate(Map.of("id", 3), data("title", "unused")),
				new NestedWrite.Disconnect(Map.of("id", 2)),
				new NestedWrite.Update(Map.of("id", 1), data("title", "Hello again")),
				new NestedWrite.UpdateMany(is("title", Operator.STARTS_WITH, "C"), data("published", true)),
				new NestedWrite.Upsert(Map.of("id", 77), data("title", "U1"), data("title", "never")),
				new NestedWrite.Upsert(Map.of("id", 4), data("title", "never"), data("title", "Draft 2")),
				new NestedWrite.Delete(Map.of("id", 3)),
				new NestedWrite.DeleteMany(eq("title", "C3"))), Shape.DEFAULT);
		assertThat(text("SELECT string_agg(id || ':' || title || ':' || published, ',' ORDER BY id) FROM \"Post\" WHERE \"authorId\" = 1"))
			.isEqualTo("1:Hello again:true,4:Draft 2:false,7:C1:true,8:C2:true,10:U1:false");
		assertThat(number("SELECT count(*) FROM \"Post\" WHERE id IN (2, 3)")).isEqualTo(1);
		assertThat(text("SELECT coalesce(\"authorId\"::text, 'null') FROM \"Post\" WHERE id = 2")).isEqualTo("null");
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> users().update(Map.of("id", 1),
				with(data(), "posts", new NestedWrite.Update(Map.of("id", 6), data("title", "not Alice's"))), Shape.DEFAULT));
		assertThat(text("SELECT title FROM \"Post\" WHERE id = 6")).isEqualTo("Bob again");
	}

	@Test
	void setsAListRelationToExactlyTheGivenRecords() {
		users().update(Map.of("email", "bob@example.com"), with(data(), "posts", new NestedWrite.Set(List.of(Map.of("id", 4), Map.of("id", 1)))),
				Shape.DEFAULT);
		assertThat(ints("SELECT id FROM \"Post\" WHERE \"authorId\" = 2 ORDER BY id")).containsExactly(1, 4);
		assertThat(ints("SELECT id FROM \"Post\" WHERE \"authorId\" IS NULL ORDER BY id")).containsExactly(3, 6);
	}

	@Test
	void updatesAToOneRelationFromTheForeignKeySide() {
		posts().update(Map.of("id", 4), data(map(), "author", new NestedWrite.Connect(Map.of("email", "eve@x.io"))), Shape.DEFAULT);
		assertThat(number("SELECT \"authorId\" FROM \"Post\" WHERE id = 4")).isEqualTo(5);
		posts().update(Map.of("id", 4), data(map(), "author", new NestedWrite.Update(null, data("name", "Eve 2"))), Shape.DEFAULT);
		assertThat(text("SELECT name FROM \"User\" WHERE id = 5")).isEqualTo("Eve 2");
		posts().update(Map.of("id", 4), data(map("title", "Draft!"), "author", new NestedWrite.Disconnect(null)), Shape.DEFAULT);
		assertThat(text("SELECT title || coalesce(\"authorId\"::text, '-') FROM \"Post\" WHERE id = 4")).isEqualTo("Draft!-");
		posts().update(Map.of("id", 4), data(map(), "author", new NestedWrite.Upsert(null, data("email", "up@x.io"), data("name", "x"))),
				Shape.DEFAULT);
		assertThat(text("SELECT u.email FROM \"Post\" p JOIN \"User\" u ON u.id = p.\"authorId\" WHERE p.id = 4")).isEqualTo("up@x.io");
		posts().update(Map.of("id", 4), data(map(), "author", new NestedWrite.Upsert(null, data("email", "no@x.io"), data("name", "Up"))),
				Shape.DEFAULT);
		assertThat(text("SELECT u.name FROM \"Post\" p JOIN \"User\" u ON u.id = p.\"authorId\" WHERE p.id = 4")).isEqualTo("Up");
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> posts().update(Map.of("id", 4),
				data(map(), "author", new NestedWrite.Connect(Map.of("email", "missing@x.io"))), Shape.DEFAULT));
		posts().update(Map.of("id", 4), data(map(), "author", new NestedWrite.Create(data("email", "c@x.io"))), Shape.DEFAULT);
		assertThat(text("SELECT u.email FROM \"Post\" p JOIN \"User\" u ON u.id = p.\"authorId\" WHERE p.id = 4")).isEqualTo("c@x.io");
	}

	@Test
	void updatesAToOneRelationFromTheOtherSide() {
		users().update(Map.of("id", 1), data(map(), "profile", new NestedWrite.Update(null, data("bio", "Alice 2"))), Shape.DEFAULT);
		assertThat(text("SELECT bio FROM \"Profile\" WHERE \"userId\" = 1")).isEqualTo("Alice 2");
		users().update(Map.of("id", 3), data(map(), "profile", new NestedWrite.Upsert(null, data("bio", "Carol"), data("bio", "no"))),
				Shape.DEFAULT);
		assertThat(text("SELECT bio FROM \"Profile\" WHERE \"userId\" = 3")).isEqualTo("Carol");
		long carolsProfile = number("SELECT id FROM \"Profile\" WHERE \"userId\" = 3");
		users().update(Map.of("id", 3), data(map(), "profile", new NestedWrite.Upsert(null, data("bio", "no"), data("bio", "Carol 2"))),
				Shape.DEFAULT);
		assertThat(text("SELECT count(*) || ' ' || min(id) || ' ' || min(bio) FROM \"Profile\" WHERE \"userId\" = 3"))
			.isEqualTo("1 " + carolsProfile + " Carol 2");
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> users().update(Map.of("id", 1),
				data(map(), "profile", new NestedWrite.Create(data("bio", "second"))), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2014"));
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> users().update(Map.of("id", 1),
				data(map(), "profile", new NestedWrite.Disconnect(null)), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2014"));
		users().update(Map.of("id", 2), data(map(), "profile", new NestedWrite.Delete(null)), Shape.DEFAULT);
		assertThat(number("SELECT count(*) FROM \"Profile\" WHERE \"userId\" = 2")).isZero();
		users().update(Map.of("id", 2), data(map(), "profile", new NestedWrite.Create(data("bio", "Bob 2"))), Shape.DEFAULT);
		assertThat(text("SELECT bio FROM \"Profile\" WHERE \"userId\" = 2")).isEqualTo("Bob 2");
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> users().update(Map.of("id", 4),
				data(map(), "profile", new NestedWrite.Update(null, data("bio", "none"))), Shape.DEFAULT));
	}

	@Test
	void updatesManyRecords() {
		Instant before = Instant.now().minusSeconds(1);
		assertThat(posts().updateMany(eq("published", false), data("viewCount", atomic(Operation.INCREMENT, 100)))).isEqualTo(2);
		assertThat(ints("SELECT \"viewCount\" FROM \"Post\" WHERE NOT published ORDER BY id")).containsExactly(105, 100);
		assertThat(number("SELECT count(*) FROM \"Post\" WHERE \"updatedAt\" >= ?", java.sql.Timestamp.from(before))).isEqualTo(2);
		assertThat(posts().updateMany(eq("title", "none"), data("title", "x"))).isZero();
		assertThat(posts().updateMany(eq("published", true), data())).isEqualTo(4);
	}

	@Test
	void updatesManyRecordsAndReturnsThemAsTheyAreAfter() {
		List<Row> updated = posts().updateManyAndReturn(eq("published", false),
				data("viewCount", atomic(Operation.INCREMENT, 100), "title", "x' || (SELECT 1) || '"),
				new Shape(Set.of("id", "viewCount", "title"), Set.of(), Map.of("author", FindArgs.ALL), Set.of()));
		assertThat(updated).extracting((row) -> row.get("id"), (row) -> row.get("viewCount"), (row) -> row.get("title"))
			.containsExactlyInAnyOrderElementsOf(checks.queryForList("SELECT id FROM \"Post\" WHERE NOT published", Integer.class)
				.stream()
				.map((id) -> Tuple.tuple(id, (int) number("SELECT \"viewCount\" FROM \"Post\" WHERE id = ?", id),
						text("SELECT title FROM \"Post\" WHERE id = " + id)))
				.toList());
		assertThat(ints("SELECT \"viewCount\" FROM \"Post\" WHERE NOT published ORDER BY id")).containsExactly(105, 100);
		assertThat(text("SELECT min(title) FROM \"Post\" WHERE NOT published")).isEqualTo("x' || (SELECT 1) || '");
		// The shape holds what it asked for: the author of post 2 (Alice), none for the post without one.
		assertThat(updated).extracting((row) -> row.has("published")).containsOnly(false);
		assertThat(updated).extracting((row) -> (row.one("author") != null) ? row.one("author").get("email") : null)
			.containsExactlyInAnyOrder("alice@prisma.io", null);
		assertThat(posts().updateManyAndReturn(eq("title", "none"), data("title", "y"), Shape.DEFAULT)).isEmpty();
		assertThat(posts().updateManyAndReturn(eq("published", true), data(), Shape.DEFAULT))
			.extracting((row) -> row.get("id"))
			.containsExactlyInAnyOrderElementsOf(checks.queryForList("SELECT id FROM \"Post\" WHERE published", Integer.class));
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> users().updateManyAndReturn(eq("id", 1), data(map(), "profile", new NestedWrite.Delete(null)),
					Shape.DEFAULT))
			.withMessageContaining("scalar fields only");
	}

	@Test
	void upsertsWithOneStatementOrAReadThenWrite() {
		Row created = users().upsert(Map.of("email", "new@x.io"), data("email", "new@x.io", "name", "New"), data("name", "Old"), Shape.DEFAULT);
		assertThat(created.get("name")).isEqualTo("New");
		Row updated = users().upsert(Map.of("email", "new@x.io"), data("email", "new@x.io", "name", "New"), data("name", "Updated"), Shape.DEFAULT);
		assertThat(updated.get("id")).isEqualTo(created.get("id"));
		assertThat(text("SELECT name FROM \"User\" WHERE email = 'new@x.io'")).isEqualTo("Updated");
		Row sameAgain = users().upsert(Map.of("email", "new@x.io"), data("email", "new@x.io"), data(), Shape.DEFAULT);
		assertThat(sameAgain.get("name")).isEqualTo("Updated");
		Row viaRead = posts().upsert(Map.of("id", 1), data("title", "never"), data("viewCount", atomic(Operation.INCREMENT, 1)), Shape.DEFAULT);
		assertThat(viaRead.get("viewCount")).isEqualTo(11);
		Row nested = users().upsert(Map.of("email", "nested@x.io"), with(data("email", "nested@x.io"), "posts",
				new NestedWrite.Create(data("title", "N"))), data(), Shape.DEFAULT.include("posts", FindArgs.ALL));
		assertThat(nested.many("posts")).extracting((post) -> post.get("title")).containsExactly("N");
	}

	@Test
	void deletesAndReturnsTheRecordInItsShape() {
		Row deleted = users().delete(Map.of("id", 3), Shape.DEFAULT.include("posts", FindArgs.ALL).include("profile", FindArgs.ALL));
		assertThat(deleted.many("posts")).extracting((row) -> row.get("title")).containsExactly("100% off_sale");
		assertThat(deleted.one("profile")).isNull();
		assertThat(number("SELECT count(*) FROM \"User\" WHERE id = 3")).isZero();
		assertThat(text("SELECT coalesce(\"authorId\"::text, 'null') FROM \"Post\" WHERE id = 5")).isEqualTo("null");
		assertThatExceptionOfType(ForeignKeyViolationException.class).isThrownBy(() -> users().delete(Map.of("id", 2), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.constraint()).isEqualTo("Profile_userId_fkey"));
		assertThat(number("SELECT count(*) FROM \"User\" WHERE id = 2")).isEqualTo(1);
		Row post = posts().delete(Map.of("id", 4), Shape.DEFAULT.select(List.of("title")));
		assertThat(post.asMap()).isEqualTo(Map.of("title", "Draft"));
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> posts().delete(Map.of("id", 4), Shape.DEFAULT));
		assertThatExceptionOfType(RecordNotFoundException.class).isThrownBy(() -> users().delete(Map.of("id", 3),
				new Shape(null, Set.of(), Map.of(), Set.of("posts"))));
	}

	@Test
	void deletesManyRecords() {
		assertThat(posts().deleteMany(is("viewCount", Operator.LT, 10))).isEqualTo(3);
		assertThat(ints("SELECT id FROM \"Post\" ORDER BY id")).containsExactly(1, 3, 6);
		assertThat(posts().deleteMany(Q.and())).isEqualTo(3);
		assertThat(number("SELECT count(*) FROM \"Post\"")).isZero();
	}
}
