package dev.prismaspring.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.asc;
import static dev.prismaspring.client.Q.data;
import static dev.prismaspring.client.Q.eq;
import static dev.prismaspring.client.Q.is;
import static dev.prismaspring.client.Q.orderBy;
import static dev.prismaspring.client.Q.where;
import static org.assertj.core.api.Assertions.assertThat;

/** The less common native types and lists of every element type, read alike by both strategies. */
@PostgresTest
class NativeTypeTests {

	private static final String SCHEMA = """
			datasource db {
			  provider = "postgresql"
			  url      = env("DATABASE_URL")
			}

			model Sample {
			  id       Int        @id @default(autoincrement())
			  small    Int        @db.SmallInt
			  real     Float      @db.Real
			  money    Decimal    @db.Money
			  time     DateTime   @db.Time(3)
			  timetz   DateTime   @db.Timetz(3)
			  ts       DateTime   @db.Timestamp(6)
			  chr      String     @db.Char(4)
			  bits     String     @db.VarBit(8)
			  doc      Json       @db.Json
			  xml      String?    @db.Xml
			  uuid     String     @default(dbgenerated("gen_random_uuid()")) @db.Uuid
			  times    DateTime[]
			  amounts  Decimal[]
			  flags    Boolean[]
			  blobs    Bytes[]
			  docs     Json[]
			  floats   Float[]
			  parentId Int?
			  parent   Sample?    @relation("tree", fields: [parentId], references: [id])
			  children Sample[]   @relation("tree")
			}
			""";

	private static PrismaClient client;

	private static Checks checks;

	@BeforeAll
	static void createTables(TestDatabase database) {
		client = TestClients.migrate(database, TestClients.datamodel(SCHEMA));
		checks = Checks.on(database);
		client.model("Sample").create(data("small", 7, "real", 1.5, "money", new BigDecimal("12.34"),
				"time", Instant.parse("1970-01-01T10:15:30.123Z"), "timetz", Instant.parse("1970-01-01T23:59:59.5Z"),
				"ts", Instant.parse("2024-03-01T12:00:00.123456Z"), "chr", "ab", "bits", "1011", "doc", Json.of("{\"b\": 1,  \"a\": [true]}"),
				"xml", "<a>x</a>", "times", List.of(Instant.parse("2024-01-01T00:00:00.001Z")), "amounts", List.of(new BigDecimal("1.10"), 2),
				"flags", List.of(true, false), "blobs", List.of(new byte[] { 1 }, new byte[] { (byte) 0xfe }),
				"docs", List.of(Json.of("{\"x\": 1}"), "text"), "floats", List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.5)), Shape.DEFAULT);
		client.model("Sample").create(data("small", -3, "real", 0.25, "money", 0, "time", Instant.parse("1970-01-01T00:00:00Z"),
				"timetz", Instant.parse("1970-01-01T00:00:00Z"), "ts", Instant.parse("1999-12-31T23:59:59Z"), "chr", "abcd", "bits", "0",
				"doc", Json.NULL, "parentId", 1), Shape.DEFAULT);
	}

	@Test
	void writesNativeTypesAsTheDatabaseStoresThem() {
		assertThat(checks.queryForObject("SELECT concat_ws('|', small, real, money::numeric, time, timetz, ts, octet_length(chr), bits,"
				+ " doc::text, xml::text, times::text, amounts::text, flags::text, blobs::text, docs::text, floats::text) FROM \"Sample\""
				+ " WHERE id = 1", String.class))
			.isEqualTo("7|1.5|12.34|10:15:30.123|23:59:59.5+00|2024-03-01 12:00:00.123456|4|1011|{\"b\": 1,  \"a\": [true]}|<a>x</a>"
					+ "|{\"2024-01-01 00:00:00.001\"}|{1.100000000000000000000000000000,2.000000000000000000000000000000}|{t,f}|{\"\\\\x01\",\"\\\\xfe\"}|{\"{\\\"x\\\": 1}\",\"\\\"text\\\"\"}"
					+ "|{NaN,Infinity,-0.5}");
		assertThat(checks.queryForObject("SELECT jsonb_typeof(doc::jsonb) FROM \"Sample\" WHERE id = 2", String.class)).isEqualTo("null");
		assertThat(checks.queryForObject("SELECT uuid::text FROM \"Sample\" WHERE id = 1", String.class)).hasSize(36);
	}

	@Test
	void readsThemBackAlikeWithBothStrategies() {
		Shape tree = Shape.DEFAULT.include("children", orderBy(asc("id"))).include("parent", Q.where(Q.and()));
		List<Row> byQuery = client.model("Sample").findMany(orderBy(asc("id")).withShape(tree));
		List<Row> byJoin = client.withRelationLoadStrategy(RelationLoadStrategy.JOIN).model("Sample").findMany(orderBy(asc("id")).withShape(tree));
		assertThat(byJoin).isEqualTo(byQuery);
		Row first = byJoin.get(1).one("parent");
		assertThat(first).isEqualTo(byQuery.get(1).one("parent"));
		assertThat(first.asMap()).containsEntry("small", 7).containsEntry("real", 1.5).containsEntry("money", new BigDecimal("12.34"))
			.containsEntry("time", Instant.parse("1970-01-01T10:15:30.123Z")).containsEntry("timetz", Instant.parse("1970-01-01T23:59:59.5Z"))
			.containsEntry("ts", Instant.parse("2024-03-01T12:00:00.123456Z")).containsEntry("chr", "ab  ").containsEntry("bits", "1011")
			.containsEntry("doc", Json.of("{\"b\": 1,  \"a\": [true]}")).containsEntry("xml", "<a>x</a>")
			.containsEntry("times", List.of(Instant.parse("2024-01-01T00:00:00.001Z")))
			.containsEntry("amounts", List.of(new BigDecimal("1.100000000000000000000000000000"),
					new BigDecimal("2.000000000000000000000000000000"))).containsEntry("flags", List.of(true, false))
			.containsEntry("docs", List.of(Json.of("{\"x\": 1}"), Json.of("\"text\""))).containsEntry("floats", List.of(Double.NaN,
					Double.POSITIVE_INFINITY, -0.5));
		assertThat((List<?>) first.get("blobs")).satisfiesExactly((blob) -> assertThat((byte[]) blob).containsExactly(1),
				(blob) -> assertThat((byte[]) blob).containsExactly(0xfe));
		assertThat(byJoin.get(1).asMap()).containsEntry("doc", Json.NULL).containsEntry("flags", List.of()).containsEntry("xml", null);
	}

	@Test
	void filtersNativeTypes() {
		ModelClient samples = client.model("Sample");
		assertThat(Q.ids(samples.findMany(where(eq("time", Instant.parse("1970-01-01T10:15:30.123Z")))))).containsExactly(1);
		assertThat(Q.ids(samples.findMany(where(is("money", Operator.GT, 1))))).containsExactly(1);
		assertThat(Q.ids(samples.findMany(where(eq("doc", Json.of("{\"a\": [true], \"b\": 1}")))))).containsExactly(1);
		assertThat(Q.ids(samples.findMany(where(eq("doc", Json.NULL))))).containsExactly(2);
		assertThat(Q.ids(samples.findMany(where(eq("chr", "abcd"))))).containsExactly(2);
		assertThat(Q.ids(samples.findMany(where(is("bits", Operator.STARTS_WITH, "10"))))).containsExactly(1);
		assertThat(Q.ids(samples.findMany(where(is("small", Operator.LT, 0))))).containsExactly(2);
		assertThat(Q.ids(samples.findMany(where(new dev.prismaspring.client.query.Filter.ListCondition("amounts",
				dev.prismaspring.client.query.Filter.ListOperator.HAS, new BigDecimal("2.0")))))).containsExactly(1);
	}
}
