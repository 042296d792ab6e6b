package dev.prismaspring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.asc;
import static dev.prismaspring.client.Q.data;
import static dev.prismaspring.client.Q.is;
import static dev.prismaspring.client.Q.orderBy;
import static dev.prismaspring.client.Q.where;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many statements reads and writes send: the query strategy one per include level with the
 * parents' keys batched, never one per parent; the join strategy one in all; native upserts one.
 */
@PostgresTest
class QueryCountTests {

	private static CountingDataSource counting;

	private static PrismaClient client;

	@BeforeAll
	static void fill(TestDatabase database) {
		Datamodel datamodel = TestClients.datamodel(Schemas.BLOG);
		TestClients.migrate(database, datamodel);
		database.execute("""
				INSERT INTO "User" (email, name) SELECT 'user' || i || '@x.io', 'User ' || i FROM generate_series(1, 100) i;
				INSERT INTO "Post" ("updatedAt", title, "authorId") SELECT now(), 'Post ' || i, 1 + i % 100 FROM generate_series(1, 250) i;
				INSERT INTO "Profile" (bio, "userId") SELECT 'Bio ' || i, i FROM generate_series(1, 100, 2) i;
				""");
		counting = new CountingDataSource(TestClients.dataSource(database));
		client = PrismaClient.create(datamodel, counting);
	}

	@BeforeEach
	void reset() {
		counting.reset();
	}

	private static final Shape USERS_WITH_POSTS_AND_PROFILE = Shape.DEFAULT.include("posts", orderBy(asc("id")))
		.include("profile", FindArgs.ALL);

	@Test
	void theQueryStrategyReadsEachIncludeLevelInOneStatement() {
		List<Row> users = client.model("User").findMany(orderBy(asc("id")).withShape(USERS_WITH_POSTS_AND_PROFILE));
		assertThat(users).hasSize(100);
		assertThat(users.stream().mapToInt((user) -> user.many("posts").size()).sum()).isEqualTo(250);
		assertThat(users.stream().filter((user) -> user.one("profile") != null).count()).isEqualTo(50);
		assertThat(counting.statements()).hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void theJoinStrategyReadsEverythingInOneStatement() {
		PrismaClient join = client.withRelationLoadStrategy(RelationLoadStrategy.JOIN);
		List<Row> users = join.model("User").findMany(orderBy(asc("id")).withShape(USERS_WITH_POSTS_AND_PROFILE));
		assertThat(counting.statements()).hasSize(1);
		assertThat(users).isEqualTo(client.model("User").findMany(orderBy(asc("id")).withShape(USERS_WITH_POSTS_AND_PROFILE)));
	}

	@Test
	void nestedIncludesAddOneStatementPerLevelWhateverTheNumberOfParents() {
		Shape deep = Shape.DEFAULT.include("author", FindArgs.ALL.withShape(Shape.DEFAULT.include("profile", FindArgs.ALL)
			.include("posts", orderBy(asc("id")).withTake(2))));
		List<Row> posts = client.model("Post").findMany(orderBy(asc("id")).withShape(deep));
		assertThat(posts).hasSize(250);
		assertThat(counting.statements()).hasSize(4);
		counting.reset();
		List<Row> joined = client.withRelationLoadStrategy(RelationLoadStrategy.JOIN).model("Post")
			.findMany(orderBy(asc("id")).withShape(deep));
		assertThat(counting.statements()).hasSize(1);
		assertThat(joined).isEqualTo(posts);
	}

	@Test
	void writesSendAsFewStatementsAsTheirWorkNeeds() {
		client.model("User").upsert(Map.of("email", "upsert@x.io"), data("email", "upsert@x.io"), data("name", "x"), Shape.DEFAULT);
		assertThat(counting.statements()).hasSize(1).first().asString().contains("ON CONFLICT");
		// One statement is atomic as it is: no transaction (and no COMMIT round trip) of its own.
		assertThat(counting.commits()).isZero();
		counting.reset();
		// The create data names another email: a locked read, then the write, in one transaction.
		client.model("User").upsert(Map.of("email", "upsert@x.io"), data("email", "other@x.io"), data("name", "y"), Shape.DEFAULT);
		assertThat(counting.statements()).hasSize(2).first().asString().contains("FOR UPDATE");
		assertThat(counting.commits()).isEqualTo(1);
		counting.reset();
		// Through a to-one relation whose foreign key is unique on the other side: the owner's key,
		// then one INSERT ... ON CONFLICT on that foreign key.
		client.model("User").update(Map.of("id", 2), new WriteData(Map.of(), Map.of("profile",
				List.of(new NestedWrite.Upsert(null, data("bio", "new"), data("bio", "changed"))))), Shape.DEFAULT);
		assertThat(counting.statements()).hasSize(2).last().asString().contains("ON CONFLICT");
		counting.reset();
		client.model("Post").update(Map.of("id", 1), data("title", "t"), Shape.DEFAULT);
		assertThat(counting.statements()).hasSize(1);
		counting.reset();
		client.model("User").createMany(java.util.stream.IntStream.range(0, 20_000)
			.mapToObj((i) -> (WriteData) data("email", "bulk" + i + "@x.io")).toList(), false);
		// Rows with the same fields: one statement, an array per column.
		assertThat(counting.statements()).containsExactly("INSERT INTO \"User\" (\"email\") SELECT * FROM unnest(?::text[])");
		counting.reset();
		client.model("User").createMany(java.util.stream.IntStream.range(0, 20_000)
			.mapToObj((i) -> (WriteData) ((i % 2 == 0) ? data("email", "mixed" + i + "@x.io")
					: data("email", "mixed" + i + "@x.io", "name", "n" + i))).toList(), false);
		// Rows with different fields (DEFAULT where one has none): one statement of 128 rows sent
		// as one JDBC batch, and one for the 32 rows left.
		assertThat(counting.statements()).hasSize(2);
		assertThat(client.model("User").count(where(is("email", Operator.STARTS_WITH, "mixed")))).isEqualTo(20_000);
		assertThat(client.model("User").count(where(is("name", Operator.STARTS_WITH, "n")))).isEqualTo(10_000);
		counting.reset();
		// skipDuplicates: still one statement; the count is of the rows that went in.
		long created = client.model("User").createMany(java.util.stream.IntStream.range(19_990, 20_010)
			.mapToObj((i) -> (WriteData) data("email", "bulk" + i + "@x.io")).toList(), true);
		assertThat(counting.statements())
			.containsExactly("INSERT INTO \"User\" (\"email\") SELECT * FROM unnest(?::text[]) ON CONFLICT DO NOTHING");
		assertThat(created).isEqualTo(10);
		assertThat(client.model("User").count(where(is("email", Operator.STARTS_WITH, "bulk")))).isEqualTo(20_010);
	}
}
