package dev.prismaspring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.data;
import static dev.prismaspring.client.Q.eq;
import static dev.prismaspring.client.Q.is;
import static dev.prismaspring.client.Q.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code relationMode = "prisma"}: the database has no foreign keys and the client carries out
 * the referential actions on delete, as Prisma Client does (Cascade, Restrict, SetNull, and the
 * rows of implicit many-to-many join tables). Checked with SQL written by hand.
 */
@PostgresTest
class RelationModePrismaTests {

	private static final String SCHEMA = """
			datasource db {
			  provider     = "postgresql"
			  relationMode = "prisma"
			}

			model User {
			  id       Int       @id @default(autoincrement())
			  email    String    @unique
			  posts    Post[]
			  profile  Profile?
			  comments Comment[]
			  groups   Group[]
			}

			model Profile {
			  id     Int    @id @default(autoincrement())
			  bio    String
			  userId Int    @unique
			  user   User   @relation(fields: [userId], references: [id], onDelete: Cascade)
			}

			model Post {
			  id       Int       @id @default(autoincrement())
			  title    String
			  authorId Int
			  author   User      @relation(fields: [authorId], references: [id], onDelete: Cascade)
			  comments Comment[]

			  @@index([authorId])
			}

			model Comment {
			  id       Int    @id @default(autoincrement())
			  text     String
			  postId   Int
			  post     Post   @relation(fields: [postId], references: [id], onUpdate: Restrict)
			  authorId Int?
			  author   User?  @relation(fields: [authorId], references: [id])

			  @@index([postId])
			  @@index([authorId])
			}

			model Group {
			  id    Int    @id @default(autoincrement())
			  name  String
			  users User[]
			}
			""";

	private static PrismaClient client;

	private static TestDatabase database;

	private static Checks checks;

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		checks = Checks.on(database);
		client = TestClients.migrate(database, TestClients.datamodel(SCHEMA));
	}

	// Alice (1) wrote posts 1 and 2, Bob (2) post 3; Bob commented on post 1, Alice on post 3, and
	// an anonymous comment sits on post 2. Both have profiles; both are in group 1, Alice in group 2.
	@BeforeEach
	void fill() {
		database.execute("""
				TRUNCATE "User", "Profile", "Post", "Comment", "Group", "_GroupToUser" RESTART IDENTITY;
				INSERT INTO "User" (email) VALUES ('alice@x.io'), ('bob@x.io');
				INSERT INTO "Profile" (bio, "userId") VALUES ('Alice', 1), ('Bob', 2);
				INSERT INTO "Post" (title, "authorId") VALUES ('A1', 1), ('A2', 1), ('B1', 2);
				INSERT INTO "Group" (name) VALUES ('both'), ('alice only');
				INSERT INTO "_GroupToUser" ("A", "B") VALUES (1, 1), (1, 2), (2, 1);
				""");
	}

	@Test
	void theDatabaseHasNoForeignKeysToDoIt() {
		assertThat(count("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace"))
			.isZero();
	}

	@Test
	void restrictRefusesWhileARecordPointsAtTheOneDeletedAndChangesNothing() {
		database.execute("INSERT INTO \"Comment\" (text, \"postId\", \"authorId\") VALUES ('nice', 1, 2)");
		// Deleting Alice cascades to her posts; post 1 has a comment whose relation is Restrict (the
		// default of a required relation).
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("User").delete(Map.of("id", 1), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2014"))
			.withMessageContaining("`Comment.post`")
			.withMessageContaining("onDelete: Restrict");
		assertThat(snapshot()).isEqualTo(List.of(2L, 2L, 3L, 1L, 3L));
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("Post").deleteMany(eq("title", "A1")));
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("User").update(Map.of("id", 1),
					data(map("email", "alice2@x.io"), "posts", new NestedWrite.Delete(Map.of("id", 1))), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2014"));
		assertThat(snapshot()).isEqualTo(List.of(2L, 2L, 3L, 1L, 3L));
		assertThat(checks.queryForList("SELECT email FROM \"User\" ORDER BY id", String.class))
			.containsExactly("alice@x.io", "bob@x.io");
		// The post without comments goes, through the same nested delete.
		client.model("User").update(Map.of("id", 1), data(map(), "posts", new NestedWrite.Delete(Map.of("id", 2))),
				Shape.DEFAULT);
		assertThat(checks.queryForList("SELECT title FROM \"Post\" ORDER BY id", String.class)).containsExactly("A1", "B1");
	}

	@Test
	void cascadeDeletesWhatPointsAtTheRecordSetNullCutsItAndJoinRowsGo() {
		database.execute("INSERT INTO \"Comment\" (text, \"postId\", \"authorId\") VALUES ('by Alice on B1', 3, 1)");
		Row deleted = client.model("User").delete(Map.of("id", 1), Shape.DEFAULT);
		assertThat(deleted.get("email")).isEqualTo("alice@x.io");
		assertThat(checks.queryForList("SELECT email FROM \"User\"", String.class)).containsExactly("bob@x.io");
		assertThat(checks.queryForList("SELECT bio FROM \"Profile\"", String.class)).containsExactly("Bob");
		assertThat(checks.queryForList("SELECT title FROM \"Post\"", String.class)).containsExactly("B1");
		// Alice's comment on Bob's post stays, without its author (SetNull, the default of an optional relation).
		assertThat(checks.queryForList("SELECT coalesce(\"authorId\", -1) FROM \"Comment\"", Integer.class)).containsExactly(-1);
		assertThat(checks.queryForList("SELECT \"A\" || '-' || \"B\" FROM \"_GroupToUser\"", String.class)).containsExactly("1-2");
		assertThat(count("SELECT count(*) FROM \"Group\"")).isEqualTo(2);
	}

	@Test
	void deleteManyCarriesOutTheActionsForEveryRecord() {
		assertThat(client.model("User").deleteMany(is("id", dev.prismaspring.client.query.Filter.Operator.GT, 0))).isEqualTo(2);
		assertThat(snapshot()).isEqualTo(List.of(0L, 0L, 0L, 0L, 0L));
		assertThat(count("SELECT count(*) FROM \"Group\"")).isEqualTo(2);
	}

	@Test
	void aChangedKeyIsFollowedByWhatPointsAtItOrRefusedByRestrict() {
		database.execute("INSERT INTO \"Comment\" (text, \"postId\", \"authorId\") VALUES ('by Alice on B1', 3, 1)");
		Row moved = client.model("User").update(Map.of("id", 1), data("id", 10), Shape.DEFAULT);
		assertThat(moved.get("id")).isEqualTo(10);
		// onUpdate Cascade, the default: posts, profile, the comment's author and the join rows follow.
		assertThat(checks.queryForList("SELECT \"authorId\" FROM \"Post\" ORDER BY id", Integer.class)).containsExactly(10, 10, 2);
		assertThat(checks.queryForList("SELECT \"userId\" FROM \"Profile\" ORDER BY id", Integer.class)).containsExactly(10, 2);
		assertThat(checks.queryForList("SELECT \"authorId\" FROM \"Comment\"", Integer.class)).containsExactly(10);
		assertThat(checks.queryForList("SELECT \"A\" || '-' || \"B\" FROM \"_GroupToUser\" ORDER BY 1", String.class))
			.containsExactly("1-10", "1-2", "2-10");
		// Comment.post is onUpdate: Restrict: post 3 has a comment, so its id stays.
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("Post").update(Map.of("id", 3), data("id", 30), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2014"))
			.withMessageContaining("onUpdate: Restrict");
		assertThat(checks.queryForList("SELECT id FROM \"Post\" ORDER BY id", Integer.class)).containsExactly(1, 2, 3);
		// updateMany changing every user's id: each user's records follow its own new id.
		assertThat(client.model("User").updateMany(is("id", dev.prismaspring.client.query.Filter.Operator.GT, 0),
				data("id", new dev.prismaspring.client.query.WriteData.Atomic(
						dev.prismaspring.client.query.WriteData.Atomic.Operation.INCREMENT, 100)))).isEqualTo(2);
		assertThat(checks.queryForList("SELECT \"authorId\" FROM \"Post\" ORDER BY id", Integer.class)).containsExactly(110, 110, 102);
		assertThat(checks.queryForList("SELECT \"userId\" FROM \"Profile\" ORDER BY id", Integer.class)).containsExactly(110, 102);
		assertThat(checks.queryForList("SELECT \"A\" || '-' || \"B\" FROM \"_GroupToUser\" ORDER BY 1", String.class))
			.containsExactly("1-102", "1-110", "2-110");
	}

	// users, profiles, posts, comments, join rows
	private static List<Long> snapshot() {
		return List.of(count("SELECT count(*) FROM \"User\""), count("SELECT count(*) FROM \"Profile\""),
				count("SELECT count(*) FROM \"Post\""), count("SELECT count(*) FROM \"Comment\""),
				count("SELECT count(*) FROM \"_GroupToUser\""));
	}

	private static long count(String sql) {
		return checks.queryForObject(sql, Long.class);
	}
}
