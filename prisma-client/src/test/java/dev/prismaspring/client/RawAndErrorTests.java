package dev.prismaspring.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import dev.prismaspring.client.errors.ForeignKeyViolationException;
import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.data;
import static dev.prismaspring.client.Q.map;
import static dev.prismaspring.client.Q.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Raw queries with bound values, and how the database's and the query's errors are reported. */
@PostgresTest
class RawAndErrorTests {

	private static PrismaClient client;

	@BeforeAll
	static void createTables(TestDatabase database) {
		client = TestClients.migrate(database, TestClients.datamodel(Schemas.BLOG));
		BlogData.reset(database);
	}

	@Test
	void readsRawResultsWithTheEngineTypes() {
		Row row = client.queryRaw("SELECT 1 AS i, 2::bigint AS l, 1.5::float8 AS f, 2.50::numeric AS d, true AS b, 'x' AS s,"
				+ " TIMESTAMP '2024-01-01 10:00:00.5' AS ts, TIMESTAMPTZ '2024-01-01 10:00:00+02' AS tz, DATE '2024-01-02' AS day,"
				+ " '{\"a\": 1}'::jsonb AS j, '\\x01ff'::bytea AS bytes, ARRAY[1, 2] AS ints, ARRAY['a', 'b'] AS texts,"
				+ " '00000000-0000-0000-0000-000000000001'::uuid AS u, NULL::int AS n").get(0);
		assertThat(row.asMap()).containsEntry("i", 1).containsEntry("l", 2L).containsEntry("f", 1.5)
			.containsEntry("d", new BigDecimal("2.50")).containsEntry("b", true).containsEntry("s", "x")
			.containsEntry("ts", Instant.parse("2024-01-01T10:00:00.5Z")).containsEntry("tz", Instant.parse("2024-01-01T08:00:00Z"))
			.containsEntry("day", Instant.parse("2024-01-02T00:00:00Z")).containsEntry("j", Json.of("{\"a\": 1}"))
			.containsEntry("ints", List.of(1, 2)).containsEntry("texts", List.of("a", "b"))
			.containsEntry("u", "00000000-0000-0000-0000-000000000001").containsEntry("n", null);
		assertThat((byte[]) row.get("bytes")).containsExactly(1, 255);
	}

	@Test
	void bindsRawParameters() {
		List<Row> rows = client.queryRaw("SELECT id FROM \"User\" WHERE email = ? OR id = ANY(?) ORDER BY id",
				"'; DROP TABLE \"User\"; --", List.of(2, 3));
		assertThat(rows).extracting((row) -> row.get("id")).containsExactly(2, 3);
		Row echoed = client.queryRaw("SELECT ?::jsonb AS j, ?::timestamptz AS t, ? AS bytes", Json.of("[1]"),
				Instant.parse("2024-05-05T05:05:05Z"), new byte[] { 7 }).get(0);
		assertThat(echoed.get("j")).isEqualTo(Json.of("[1]"));
		assertThat(echoed.get("t")).isEqualTo(Instant.parse("2024-05-05T05:05:05Z"));
		assertThat(client.executeRaw("UPDATE \"Post\" SET \"viewCount\" = \"viewCount\" + ? WHERE published = ?", 1, true)).isEqualTo(4);
		assertThat(client.queryRaw("SELECT count(*) AS n FROM \"User\"").get(0).get("n")).isEqualTo(5L);
	}

	@Test
	void reportsRawFailuresWithTheServerMessage() {
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> client.queryRaw("SELECT * FROM nowhere"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2010")).withMessageContaining("42P01")
			.withMessageContaining("\"nowhere\" does not exist");
	}

	@Test
	void reportsForeignKeyAndNullViolations() {
		assertThatExceptionOfType(ForeignKeyViolationException.class)
			.isThrownBy(() -> client.model("Post").create(data("title", "x", "authorId", 999), Shape.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("P2003");
				assertThat(ex.constraint()).isEqualTo("Post_authorId_fkey");
			});
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("Post").create(data("content", "no title"), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2011")).withMessageContaining("`Post.title`");
	}

	@Test
	void refusesQueriesTheSchemaDoesNotAllow() {
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("User").findMany(FindArgs.ALL.withShape(Shape.DEFAULT.include("comments", FindArgs.ALL))))
			.withMessageContaining("no relation `comments`").satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2009"));
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("Post").create(data(map("title", "x"), "author",
					new NestedWrite.CreateMany(List.of(data("email", "m@x.io")), false)), Shape.DEFAULT))
			.withMessageContaining("createMany");
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("User").create(with(data("email", "d@x.io"), "posts",
					new NestedWrite.Delete(Map.of("id", 1))), Shape.DEFAULT))
			.withMessageContaining("only available in an update");
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("User").create(data("email", "d@x.io", "id", Q.atomic(
					dev.prismaspring.client.query.WriteData.Atomic.Operation.INCREMENT, 1)), Shape.DEFAULT))
			.withMessageContaining("not an atomic");
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> client.model("Post").findMany(FindArgs.ALL.withShape(Shape.DEFAULT.include("author",
					Q.orderBy(Q.asc("id"))))))
			.withMessageContaining("to-one relation");
	}

	@Test
	void neverShowsThePasswordWhenTheDatabaseCannotBeReached() {
		PGSimpleDataSource unreachable = new PGSimpleDataSource();
		unreachable.setUrl("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2");
		unreachable.setUser("someone");
		unreachable.setPassword("s3cr3t-pa55");
		PrismaClient offline = PrismaClient.create(TestClients.datamodel(Schemas.BLOG), unreachable);
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> offline.model("User").count(FindArgs.ALL))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("P1001");
				assertThat(ex.getMessage()).doesNotContain("s3cr3t-pa55");
			});
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> offline.transaction((tx) -> tx))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("s3cr3t-pa55"));
	}
}
