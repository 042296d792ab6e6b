package dev.prismaspring.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.errors.UniqueConstraintViolationException;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.ListOperator;
import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.Filter.Quantifier;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.OrderBy;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.asc;
import static dev.prismaspring.client.Q.data;
import static dev.prismaspring.client.Q.eq;
import static dev.prismaspring.client.Q.is;
import static dev.prismaspring.client.Q.map;
import static dev.prismaspring.client.Q.orderBy;
import static dev.prismaspring.client.Q.relation;
import static dev.prismaspring.client.Q.values;
import static dev.prismaspring.client.Q.where;
import static dev.prismaspring.client.Q.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The richer schema: every scalar type and its native variants, enums with mapped values, lists,
 * Json paths, a composite id, implicit and self many-to-many relations, a self one-to-many,
 * mapped names and client-generated ids. Results are checked with SQL written by hand.
 */
@PostgresTest
class RichSchemaTests {

	private static final String ALICE = "00000000-0000-0000-0000-00000000000a";

	private static final String BOB = "00000000-0000-0000-0000-00000000000b";

	private static final String CAROL = "00000000-0000-0000-0000-00000000000c";

	private static PrismaClient client;

	private static TestDatabase database;

	private static Checks checks;

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		checks = Checks.on(database);
		client = TestClients.migrate(database, TestClients.datamodel(Schemas.RICH));
	}

	@BeforeEach
	void fill() {
		database.execute("""
				TRUNCATE accounts, groups, "Membership", "Token", "_AccountToGroup", "_Follows" RESTART IDENTITY CASCADE;
				INSERT INTO accounts (id, email_address, role, roles, balance, visits, score, settings, tags, lucky, birthday, manager_id) VALUES
				  ('00000000-0000-0000-0000-00000000000a', 'alice@x.io', 'admin', '{admin,member}', 10.50, 5, 1.5,
				   '{"theme": "dark", "size": 12, "langs": ["en", "fr"], "nested": {"deep": "100% off_x"}}', '{java,sql}', '{1,2,3}', '1990-05-17', NULL),
				  ('00000000-0000-0000-0000-00000000000b', 'bob@x.io', 'member', '{}', 99.99, 9000000000, NULL,
				   '{"theme": "light", "size": 9}', '{java}', '{}', NULL, '00000000-0000-0000-0000-00000000000a'),
				  ('00000000-0000-0000-0000-00000000000c', 'carol@x.io', 'GUEST', NULL, 0, 0, -2.25,
				   NULL, NULL, '{7}', NULL, '00000000-0000-0000-0000-00000000000a');
				INSERT INTO groups (name) VALUES ('admins'), ('devs'), ('empty');
				INSERT INTO "_AccountToGroup" ("A", "B") VALUES
				  ('00000000-0000-0000-0000-00000000000a', 1), ('00000000-0000-0000-0000-00000000000a', 2),
				  ('00000000-0000-0000-0000-00000000000b', 2);
				INSERT INTO "Membership" (account_id, group_id, rank, note) VALUES
				  ('00000000-0000-0000-0000-00000000000a', 1, 1, 'founder'), ('00000000-0000-0000-0000-00000000000b', 2, 1, NULL);
				INSERT INTO "_Follows" ("A", "B") VALUES
				  ('00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-00000000000b'),
				  ('00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-00000000000c');
				""");
	}

	private static ModelClient accounts() {
		return client.model("Account");
	}

	private static String text(String sql, Object... args) {
		return checks.queryForObject(sql, String.class, args);
	}

	private static List<String> emails(Filter filter) {
		return values(accounts().findMany(where(filter).withOrderBy(List.of(asc("email")))), "email").stream()
			.map(String.class::cast).toList();
	}

	private static List<String> sqlEmails(String condition) {
		return checks.queryForList("SELECT email_address FROM accounts WHERE " + condition + " ORDER BY email_address",
				String.class);
	}

	@Test
	void writesAndReadsEveryTypeWithItsNativeVariant() {
		Instant joined = Instant.parse("2024-02-29T23:59:58.123Z");
		Row created = accounts().create(data("email", "dora@x.io", "role", "ADMIN", "roles", List.of("GUEST", "ADMIN"),
				"balance", new BigDecimal("1234.56"), "visits", 9_007_199_254_740_993L, "score", 0.1,
				"avatar", new byte[] { 1, 2, (byte) 255 }, "settings", Json.of("{\"theme\": \"dark\", \"n\": [1, 2]}"),
				"tags", List.of("a", "b c", "quote\"s", "back\\slash"), "lucky", List.of(7, -13), "joinedAt", joined,
				"birthday", Instant.parse("2000-01-31T22:00:00Z"), "ip", "192.168.0.1", "nickname", "dee"), Shape.DEFAULT);
		String id = (String) created.get("id");
		assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(text("SELECT concat_ws('|', email_address, role, roles::text, balance, visits, score, encode(avatar, 'hex'),"
				+ " settings->>'theme', tags::text, lucky::text, to_char(\"joinedAt\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS'),"
				+ " birthday, ip, nickname) FROM accounts WHERE id = ?::uuid", id))
			.isEqualTo("dora@x.io|admin|{GUEST,admin}|1234.56|9007199254740993|0.1|0102ff|dark|{a,\"b c\",\"quote\\\"s\","
					+ "\"back\\\\slash\"}|{7,-13}|2024-02-29 23:59:58.123|2000-01-31|192.168.0.1|dee");
		Row read = accounts().findUniqueOrThrow(Map.of("id", id), Shape.DEFAULT);
		assertThat(read.get("role")).isEqualTo("ADMIN");
		assertThat(read.get("roles")).isEqualTo(List.of("GUEST", "ADMIN"));
		assertThat(read.get("balance")).isEqualTo(new BigDecimal("1234.56"));
		assertThat(read.get("visits")).isEqualTo(9_007_199_254_740_993L);
		assertThat(read.get("score")).isEqualTo(0.1);
		assertThat((byte[]) read.get("avatar")).containsExactly(1, 2, 255);
		assertThat(read.get("settings")).isEqualTo(Json.of("{\"n\": [1, 2], \"theme\": \"dark\"}"));
		assertThat(read.get("tags")).isEqualTo(List.of("a", "b c", "quote\"s", "back\\slash"));
		assertThat(read.get("lucky")).isEqualTo(List.of(7, -13));
		assertThat(read.get("joinedAt")).isEqualTo(joined);
		assertThat(read.get("birthday")).isEqualTo(Instant.parse("2000-01-31T00:00:00Z"));
		assertThat(read.get("ip")).isEqualTo("192.168.0.1");
		assertThat(read.get("managerId")).isNull();
	}

	@Test
	void readsTheSameValuesWithBothStrategies() {
		Shape shape = Shape.DEFAULT.include("accounts", orderBy(asc("email")).withShape(Shape.DEFAULT.include("manager", FindArgs.ALL)));
		List<Row> byQuery = client.withRelationLoadStrategy(RelationLoadStrategy.QUERY).model("Group")
			.findMany(orderBy(asc("id")).withShape(shape));
		List<Row> byJoin = client.withRelationLoadStrategy(RelationLoadStrategy.JOIN).model("Group")
			.findMany(orderBy(asc("id")).withShape(shape));
		assertThat(byJoin).hasSize(3).isEqualTo(byQuery);
		Row alice = byJoin.get(0).many("accounts").get(0);
		assertThat(alice.asMap()).containsEntry("role", "ADMIN").containsEntry("roles", List.of("ADMIN", "MEMBER"))
			.containsEntry("balance", new BigDecimal("10.50")).containsEntry("visits", 5L).containsEntry("score", 1.5)
			.containsEntry("tags", List.of("java", "sql")).containsEntry("lucky", List.of(1, 2, 3))
			.containsEntry("birthday", Instant.parse("1990-05-17T00:00:00Z")).containsEntry("manager", null);
		assertThat(((Json) alice.get("settings")).text()).isEqualTo(text("SELECT settings::text FROM accounts WHERE id = ?::uuid", ALICE));
		assertThat(byJoin.get(1).many("accounts").get(1).one("manager").get("email")).isEqualTo("alice@x.io");
		assertThat(byJoin.get(2).many("accounts")).isEmpty();
		Shape bytes = Shape.DEFAULT.select(List.of("id"))
			.include("reports", orderBy(asc("email")).withShape(Shape.DEFAULT.select(List.of("avatar", "joinedAt", "ip"))));
		accounts().update(Map.of("id", BOB), data("avatar", new byte[] { 0, 16, 127 }), Shape.DEFAULT);
		for (RelationLoadStrategy strategy : RelationLoadStrategy.values()) {
			Row found = client.withRelationLoadStrategy(strategy).model("Account").findUniqueOrThrow(Map.of("id", ALICE), bytes);
			assertThat((byte[]) found.many("reports").get(0).get("avatar")).containsExactly(0, 16, 127);
			assertThat(found.many("reports").get(1).get("avatar")).isNull();
			assertThat(found.many("reports").get(0).get("joinedAt")).isInstanceOf(Instant.class);
		}
	}

	@Test
	void filtersEnumsByTheirSchemaNames() {
		assertThat(emails(eq("role", "ADMIN"))).isEqualTo(sqlEmails("role = 'admin'"));
		assertThat(emails(is("role", Operator.IN, List.of("GUEST", "MEMBER")))).containsExactly("bob@x.io", "carol@x.io");
		assertThat(emails(is("role", Operator.NOT, "ADMIN"))).containsExactly("bob@x.io", "carol@x.io");
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> emails(eq("role", "admin")))
			.withMessageContaining("enum Role [ADMIN, MEMBER, GUEST]");
	}

	@Test
	void filtersScalarLists() {
		assertThat(emails(new Filter.ListCondition("tags", ListOperator.HAS, "java"))).isEqualTo(sqlEmails("'java' = ANY(tags)"));
		assertThat(emails(new Filter.ListCondition("tags", ListOperator.HAS_EVERY, List.of("java", "sql")))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.ListCondition("lucky", ListOperator.HAS_SOME, List.of(3, 7)))).containsExactly("alice@x.io", "carol@x.io");
		assertThat(emails(new Filter.ListCondition("lucky", ListOperator.IS_EMPTY, true))).containsExactly("bob@x.io");
		assertThat(emails(new Filter.ListCondition("lucky", ListOperator.IS_EMPTY, false))).containsExactly("alice@x.io", "carol@x.io");
		assertThat(emails(new Filter.ListCondition("tags", ListOperator.EQUALS, List.of("java")))).containsExactly("bob@x.io");
		assertThat(emails(new Filter.ListCondition("tags", ListOperator.EQUALS, null))).containsExactly("carol@x.io");
		assertThat(emails(new Filter.ListCondition("roles", ListOperator.HAS, "MEMBER"))).containsExactly("alice@x.io");
		assertThat(emails(eq("roles", List.of("ADMIN", "MEMBER")))).containsExactly("alice@x.io");
	}

	@Test
	void filtersJsonValuesByPath() {
		Filter.JsonCondition theme = new Filter.JsonCondition("settings", List.of("theme"), Operator.EQUALS, "dark");
		assertThat(emails(theme)).isEqualTo(sqlEmails("settings #>> '{theme}' = 'dark'"));
		assertThat(emails(new Filter.JsonCondition("settings", List.of("size"), Operator.GT, 10))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("size"), Operator.LTE, 12))).containsExactly("alice@x.io", "bob@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("langs", "1"), Operator.EQUALS, "fr"))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("nested", "deep"), Operator.CONTAINS, "% off"))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("nested", "deep"), Operator.STARTS_WITH, "100%"))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("theme"), Operator.ENDS_WITH, "_ght"))).isEmpty();
		assertThat(emails(new Filter.JsonCondition("settings", List.of("theme"), Operator.NOT, "dark"))).containsExactly("bob@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("theme"), Operator.IN, List.of("light", "blue")))).containsExactly("bob@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of(), Operator.EQUALS, Json.of("{\"size\": 9, \"theme\": \"light\"}"))))
			.containsExactly("bob@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("langs"), Operator.EQUALS, List.of("en", "fr")))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("missing"), Operator.EQUALS, null))).hasSize(3);
		assertThat(emails(eq("settings", null))).containsExactly("carol@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("langs"), Operator.CONTAINS, List.of("fr")))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("langs"), Operator.CONTAINS, Json.of("\"en\"")))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("langs"), Operator.CONTAINS, List.of("fr", "de")))).isEmpty();
		assertThat(emails(new Filter.JsonCondition("settings", List.of("langs"), Operator.STARTS_WITH, Json.of("\"en\"")))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("langs"), Operator.STARTS_WITH, Json.of("\"fr\"")))).isEmpty();
		assertThat(emails(new Filter.JsonCondition("settings", List.of("langs"), Operator.ENDS_WITH, Json.of("\"fr\"")))).containsExactly("alice@x.io");
		assertThat(emails(new Filter.JsonCondition("settings", List.of("theme"), Operator.CONTAINS, List.of("dark")))).isEmpty();
		assertThat(emails(eq("settings", Json.of("{\"theme\":\"light\",\"size\":9}")))).containsExactly("bob@x.io");
	}

	@Test
	void readsAndWritesRecordsWithACompositeId() {
		ModelClient memberships = client.model("Membership");
		Row created = memberships.create(with(with(data("rank", 2, "note", "joined"), "account",
				new NestedWrite.Connect(Map.of("email", "carol@x.io"))), "group", new NestedWrite.Connect(Map.of("name", "devs"))),
				Shape.DEFAULT);
		assertThat(created.asMap()).isEqualTo(map("accountId", CAROL, "groupId", 2, "rank", 2, "note", "joined"));
		assertThat(memberships.findUniqueOrThrow(Map.of("accountId_groupId", Map.of("accountId", CAROL, "groupId", 2)), Shape.DEFAULT)
			.get("note")).isEqualTo("joined");
		assertThat(memberships.findUnique(Map.of("groupRank", Map.of("groupId", 1, "rank", 1)), Shape.DEFAULT)).get()
			.satisfies((row) -> assertThat(row.get("accountId")).isEqualTo(ALICE));
		memberships.update(Map.of("accountId", CAROL, "groupId", 2), data("note", "moved"), Shape.DEFAULT);
		assertThat(text("SELECT note FROM \"Membership\" WHERE account_id = ?::uuid AND group_id = 2", CAROL)).isEqualTo("moved");
		assertThatExceptionOfType(UniqueConstraintViolationException.class)
			.isThrownBy(() -> memberships.create(data("accountId", CAROL, "groupId", 1, "rank", 1), Shape.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.model()).isEqualTo("Membership");
				assertThat(ex.fields()).containsExactly("groupId", "rank");
			});
		List<Row> ordered = memberships.findMany(orderBy(asc("groupId")).withCursor(Map.of("accountId", BOB, "groupId", 2)));
		assertThat(values(ordered, "note")).containsExactly(null, "moved");
		Row account = accounts().findUniqueOrThrow(Map.of("id", ALICE), Shape.DEFAULT.select(List.of("email"))
			.include("memberships", FindArgs.ALL.withShape(Shape.DEFAULT.include("group", FindArgs.ALL))));
		assertThat(account.many("memberships").get(0).one("group").get("name")).isEqualTo("admins");
		memberships.delete(Map.of("accountId_groupId", Map.of("accountId", CAROL, "groupId", 2)), Shape.DEFAULT);
		assertThat(checks.queryForObject("SELECT count(*) FROM \"Membership\"", Long.class)).isEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(RelationLoadStrategy.class)
	void readsAnImplicitManyToManyFromBothSides(RelationLoadStrategy strategy) {
		PrismaClient reader = client.withRelationLoadStrategy(strategy);
		List<Row> groups = reader.model("Group").findMany(orderBy(asc("id")).withShape(Shape.DEFAULT.select(List.of("name"))
			.include("accounts", orderBy(asc("email")).withTake(1).withShape(Shape.DEFAULT.select(List.of("email"))))));
		assertThat(groups).extracting((group) -> values(group.many("accounts"), "email"))
			.containsExactly(List.of("alice@x.io"), List.of("alice@x.io"), List.of());
		Row alice = reader.model("Account").findUniqueOrThrow(Map.of("id", ALICE), new Shape(Set.of("email"), Set.of(),
				Map.of("groups", orderBy(new OrderBy.ByField("name", OrderBy.Direction.DESC, OrderBy.Nulls.DEFAULT))), Set.of("groups")));
		assertThat(values(alice.many("groups"), "name")).containsExactly("devs", "admins");
		assertThat(alice.count("groups")).isEqualTo(2);
		assertThat(emails(relation("groups", Quantifier.SOME, eq("name", "devs")))).containsExactly("alice@x.io", "bob@x.io");
		assertThat(emails(relation("groups", Quantifier.NONE, null))).containsExactly("carol@x.io");
		assertThat(emails(relation("groups", Quantifier.EVERY, eq("name", "devs")))).containsExactly("bob@x.io", "carol@x.io");
		assertThat(values(reader.model("Group").findMany(orderBy(new OrderBy.ByRelationCount("accounts", OrderBy.Direction.DESC))), "name"))
			.containsExactly("devs", "admins", "empty");
	}

	@Test
	void writesAnImplicitManyToMany() {
		Row dora = accounts().create(with(data("email", "dora@x.io"), "groups", new NestedWrite.Create(data("name", "new")),
				new NestedWrite.Connect(Map.of("name", "devs")), new NestedWrite.ConnectOrCreate(Map.of("name", "admins"), data("name", "x"))),
				Shape.DEFAULT.include("groups", orderBy(asc("id"))));
		assertThat(values(dora.many("groups"), "name")).containsExactly("admins", "devs", "new");
		String id = (String) dora.get("id");
		assertThat(checks.queryForList("SELECT \"B\" FROM \"_AccountToGroup\" WHERE \"A\" = ?::uuid ORDER BY \"B\"", Integer.class, id))
			.containsExactly(1, 2, 4);
		accounts().update(Map.of("id", id), with(data(), "groups", new NestedWrite.Disconnect(Map.of("name", "devs")),
				new NestedWrite.Update(Map.of("name", "new"), data("name", "newer")),
				new NestedWrite.Connect(Map.of("name", "admins"))), Shape.DEFAULT);
		assertThat(checks.queryForList("SELECT g.name FROM \"_AccountToGroup\" j JOIN groups g ON g.id = j.\"B\" WHERE j.\"A\" = ?::uuid"
				+ " ORDER BY g.name", String.class, id)).containsExactly("admins", "newer");
		client.model("Group").update(Map.of("name", "empty"), with(data(), "accounts",
				new NestedWrite.Set(List.of(Map.of("email", "bob@x.io"), Map.of("email", "carol@x.io")))), Shape.DEFAULT);
		client.model("Group").update(Map.of("name", "devs"), with(data(), "accounts", new NestedWrite.Set(List.of())), Shape.DEFAULT);
		assertThat(checks.queryForList("SELECT a.email_address || '>' || g.name FROM \"_AccountToGroup\" j JOIN groups g ON g.id = j.\"B\""
				+ " JOIN accounts a ON a.id = j.\"A\" ORDER BY 1", String.class))
			.containsExactly("alice@x.io>admins", "bob@x.io>empty", "carol@x.io>empty", "dora@x.io>admins", "dora@x.io>newer");
		client.model("Group").update(Map.of("name", "empty"), with(data(), "accounts",
				new NestedWrite.DeleteMany(eq("email", "carol@x.io"))), Shape.DEFAULT);
		assertThat(checks.queryForObject("SELECT count(*) FROM accounts WHERE email_address = 'carol@x.io'", Long.class)).isZero();
		client.model("Group").update(Map.of("name", "admins"), with(data(), "accounts",
				new NestedWrite.UpdateMany(Filter.ALL, data("nickname", "admin"))), Shape.DEFAULT);
		assertThat(checks.queryForList("SELECT email_address FROM accounts WHERE nickname = 'admin' ORDER BY 1", String.class))
			.containsExactly("alice@x.io", "dora@x.io");
	}

	@ParameterizedTest
	@EnumSource(RelationLoadStrategy.class)
	void followsSelfRelations(RelationLoadStrategy strategy) {
		accounts().update(Map.of("id", CAROL), with(data(), "following", new NestedWrite.Connect(Map.of("id", BOB))), Shape.DEFAULT);
		assertThat(checks.queryForList("SELECT \"A\"::text || '<-' || \"B\"::text FROM \"_Follows\" ORDER BY 1", String.class))
			.contains(BOB + "<-" + CAROL);
		Shape shape = Shape.DEFAULT.select(List.of("email")).include("followers", orderBy(asc("email")))
			.include("following", orderBy(asc("email"))).include("reports", orderBy(asc("email"))).include("manager", FindArgs.ALL);
		List<Row> rows = client.withRelationLoadStrategy(strategy).model("Account").findMany(orderBy(asc("email")).withShape(shape));
		assertThat(values(rows.get(0).many("followers"), "email")).containsExactly("bob@x.io", "carol@x.io");
		assertThat(values(rows.get(0).many("following"), "email")).isEmpty();
		assertThat(values(rows.get(1).many("following"), "email")).containsExactly("alice@x.io");
		assertThat(values(rows.get(1).many("followers"), "email")).containsExactly("carol@x.io");
		assertThat(values(rows.get(2).many("following"), "email")).containsExactly("alice@x.io", "bob@x.io");
		assertThat(values(rows.get(0).many("reports"), "email")).containsExactly("bob@x.io", "carol@x.io");
		assertThat(rows.get(1).one("manager").get("email")).isEqualTo("alice@x.io");
		assertThat(emails(relation("manager", Quantifier.IS, relation("followers", Quantifier.SOME, eq("role", "GUEST")))))
			.containsExactly("bob@x.io", "carol@x.io");
	}

	@Test
	void writesSelfRelationsOnBothSides() {
		Row dora = accounts().create(with(with(data("email", "dora@x.io"), "manager", new NestedWrite.Connect(Map.of("email", "bob@x.io"))),
				"reports", new NestedWrite.Create(data("email", "erin@x.io"))), Shape.DEFAULT.include("reports", FindArgs.ALL));
		assertThat(dora.get("managerId")).isEqualTo(BOB);
		assertThat(checks.queryForObject("SELECT m.email_address FROM accounts a JOIN accounts m ON m.id = a.manager_id"
				+ " WHERE a.email_address = 'erin@x.io'", String.class)).isEqualTo("dora@x.io");
		accounts().update(Map.of("id", ALICE), with(data(), "reports", new NestedWrite.Disconnect(Map.of("id", CAROL))), Shape.DEFAULT);
		assertThat(checks.queryForObject("SELECT manager_id IS NULL FROM accounts WHERE id = ?::uuid", Boolean.class, CAROL)).isTrue();
	}

	@Test
	void reportsUniqueViolationsBySchemaFieldNames() {
		assertThatExceptionOfType(UniqueConstraintViolationException.class)
			.isThrownBy(() -> accounts().create(data("email", "alice@x.io"), Shape.DEFAULT))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("P2002");
				assertThat(ex.model()).isEqualTo("Account");
				assertThat(ex.fields()).containsExactly("email");
			});
		assertThatExceptionOfType(UniqueConstraintViolationException.class)
			.isThrownBy(() -> accounts().create(data("id", ALICE, "email", "new@x.io"), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.fields()).containsExactly("id"));
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> accounts().create(data("email", "x@x.io", "nickname", "a".repeat(21)), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2000"));
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> accounts().create(data("email", "x@x.io", "ip", "not an address"), Shape.DEFAULT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2007"));
	}

	@Test
	void pushesToScalarLists() {
		accounts().update(Map.of("id", ALICE), data("tags", new WriteData.Push("go"), "roles", new WriteData.Push(List.of("GUEST", "ADMIN"))),
				Shape.DEFAULT);
		accounts().update(Map.of("id", CAROL), data("tags", new WriteData.Push("first")), Shape.DEFAULT);
		assertThat(checks.queryForList("SELECT tags::text || ' ' || coalesce(roles::text, '-') FROM accounts WHERE id IN (?::uuid, ?::uuid)"
				+ " ORDER BY email_address", String.class, ALICE, CAROL))
			.containsExactly("{java,sql,go} {admin,member,GUEST,admin}", "{first} -");
		assertThatExceptionOfType(PrismaClientException.class)
			.isThrownBy(() -> accounts().update(Map.of("id", ALICE), data("email", new WriteData.Push("x")), Shape.DEFAULT))
			.withMessageContaining("is not a list");
	}

	@Test
	void createManyOfRowsWithTheSameFieldsKeepsEveryValueAsWritten() {
		// Rows with the same fields and no list among them go in as one array per column: values
		// that an array's text could mistake (quotes, backslashes, commas, braces, the word NULL,
		// an empty string) must arrive as written, and NULLs as NULL.
		Instant joined = Instant.parse("2024-02-29T23:59:59.123Z");
		WriteData tricky = data("email", "q\"uote\\back,slash{}@x.io", "role", "ADMIN", "balance", new BigDecimal("1234567890.12"),
				"visits", 9007199254740993L, "score", -0.5, "avatar", new byte[] { 0, 1, (byte) 0xff }, "settings",
				Json.of("{\"a\": [1, \"x\\\"y\"]}"), "joinedAt", joined, "birthday", Instant.parse("2000-01-01T00:00:00Z"),
				"ip", "10.0.0.1", "nickname", "");
		WriteData empty = data("email", "ünïcödé NULL@x.io", "role", "GUEST", "balance", BigDecimal.ZERO, "visits", 0L,
				"score", null, "avatar", null, "settings", null, "joinedAt", joined, "birthday", null, "ip", null,
				"nickname", "NULL");
		assertThat(accounts().createMany(List.of(tricky, empty), false)).isEqualTo(2);
		assertThat(checks.queryForList("SELECT concat_ws('|', email_address, coalesce(nickname, '<null>'), role::text, balance::text,"
				+ " visits::text, coalesce(score::text, '<null>'), coalesce(encode(avatar, 'hex'), '<null>'),"
				+ " coalesce(settings::text, '<null>'), to_char(\"joinedAt\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS'),"
				+ " coalesce(birthday::text, '<null>'), coalesce(host(ip), '<null>'), id IS NOT NULL) FROM accounts"
				+ " WHERE email_address IN (?, ?) ORDER BY email_address", String.class, tricky.scalars().get("email"),
				empty.scalars().get("email")))
			.containsExactly("q\"uote\\back,slash{}@x.io||admin|1234567890.12|9007199254740993|-0.5|0001ff|{\"a\": [1, \"x\\\"y\"]}"
					+ "|2024-02-29 23:59:59.123|2000-01-01|10.0.0.1|t",
					"ünïcödé NULL@x.io|NULL|GUEST|0.00|0|<null>|<null>|<null>|2024-02-29 23:59:59.123|<null>|<null>|t");
		// A unique violation in such an insert is still P2002 on the field, and writes nothing.
		assertThatExceptionOfType(UniqueConstraintViolationException.class)
			.isThrownBy(() -> accounts().createMany(List.of(data("email", "new@y.io"), data("email", "new@y.io")), false))
			.satisfies((ex) -> assertThat(ex.fields()).containsExactly("email"));
		assertThat(checks.queryForObject("SELECT count(*) FROM accounts WHERE email_address = 'new@y.io'", Long.class)).isZero();
	}

	@Test
	void generatesIdsOnTheClient() {
		List<Row> tokens = client.model("Token").createManyAndReturn(List.of(data("label", "a"), data("label", "b")), false, Shape.DEFAULT);
		Row token = client.model("Token").create(data("label", "c"), Shape.DEFAULT);
		for (Row row : List.of(tokens.get(0), tokens.get(1), token)) {
			assertThat((String) row.get("id")).matches("c[0-9a-z]{24}");
			assertThat((String) row.get("cuid2")).matches("[a-z][0-9a-z]{23}");
			assertThat((String) row.get("nano")).matches("[A-Za-z0-9_-]{21}");
			assertThat((String) row.get("short")).matches("[A-Za-z0-9_-]{8}");
			assertThat((String) row.get("ulid")).matches("[0-9A-HJKMNP-TV-Z]{26}");
			assertThat((String) row.get("uuid7")).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		}
		assertThat(tokens.get(0).get("id")).isNotEqualTo(tokens.get(1).get("id"));
		assertThat(checks.queryForObject("SELECT count(DISTINCT id) FROM \"Token\"", Long.class)).isEqualTo(3);
		Row given = client.model("Token").create(data("label", "d", "id", "mine"), Shape.DEFAULT);
		assertThat(given.get("id")).isEqualTo("mine");
		// createMany: an identifier per row, generated where a row gives none, kept where it does.
		assertThat(client.model("Token").createMany(List.of(data("label", "e"), data("label", "f", "id", "theirs"),
				data("label", "g")), false)).isEqualTo(3);
		assertThat(checks.queryForList("SELECT label || ':' || (CASE WHEN id ~ '^c[0-9a-z]{24}$' THEN 'cuid' ELSE id END)"
				+ " || ':' || (ulid ~ '^[0-9A-HJKMNP-TV-Z]{26}$') FROM \"Token\" WHERE label IN ('e', 'f', 'g') ORDER BY label",
				String.class)).containsExactly("e:cuid:true", "f:theirs:true", "g:cuid:true");
		assertThat(checks.queryForObject("SELECT count(DISTINCT id) FROM \"Token\"", Long.class)).isEqualTo(7);
	}

	@Test
	void upsertsOnACompositeKeyAndUpdatesManyThroughMappedNames() {
		ModelClient memberships = client.model("Membership");
		WriteData create = data("accountId", CAROL, "groupId", 3, "rank", 5);
		memberships.upsert(Map.of("accountId_groupId", Map.of("accountId", CAROL, "groupId", 3)), create, data("rank", 6), Shape.DEFAULT);
		memberships.upsert(Map.of("accountId_groupId", Map.of("accountId", CAROL, "groupId", 3)), create,
				data("rank", new WriteData.Atomic(WriteData.Atomic.Operation.INCREMENT, 10)), Shape.DEFAULT);
		assertThat(checks.queryForObject("SELECT rank FROM \"Membership\" WHERE group_id = 3", Integer.class)).isEqualTo(15);
		assertThat(accounts().updateMany(is("email", Operator.ENDS_WITH, "@x.io"), data("visits",
				new WriteData.Atomic(WriteData.Atomic.Operation.INCREMENT, 1)))).isEqualTo(3);
		assertThat(checks.queryForObject("SELECT sum(visits)::bigint FROM accounts", Long.class)).isEqualTo(9_000_000_008L);
	}
}
