package dev.prismaspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the query builders with hostile values in every value position on a real PostgreSQL
 * and checks, from a log of every SQL text the client's connections prepared or executed, that
 * no value ever became SQL text; that nothing but {@link PrismaClientException}s with a code came
 * out; and that a canary table outlived the run with its rows and no table appeared.
 *
 * <p>{@code -Dprisma.fuzz.clientCount=50000 -Dprisma.fuzz.seed=42} runs a longer or another campaign.
 */
@PostgresTest
class FilterFuzzTests {

	private static final int COUNT = Integer.getInteger("prisma.fuzz.clientCount", 4_000);

	private static final long SEED = Long.getLong("prisma.fuzz.seed", 20261202L);

	// A hostile string's marker, or the digits of a huge number, in SQL text means a value was not bound.
	private static final Pattern VALUE_IN_SQL = Pattern.compile(HostileValues.MARKER_PREFIX + "\\d+z|9{50}|1{50}");

	private static TestDatabase database;

	private static CountingDataSource log;

	private static PrismaClient client;

	private static List<String> tables;

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		log = new CountingDataSource(TestClients.pool(database));
		client = TestClients.migrate(database, TestClients.datamodel(Schemas.RICH), log);
		database.execute("CREATE TABLE canary (id int PRIMARY KEY, word text); INSERT INTO canary VALUES (1, 'alive'), (2, 'well')");
		tables = tables();
		client.model("Group").create(Q.data("name", "g"), Shape.DEFAULT);
	}

	private static List<String> tables() {
		return Checks.on(database).queryForList("SELECT table_name::text FROM information_schema.tables"
				+ " WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1", String.class);
	}

	@Test
	void hostileValuesStayBoundParametersAndFailOnlyWithCodes() {
		FilterFuzzCases cases = new FilterFuzzCases(client, new HostileValues(new Random(SEED)));
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> findings = new ArrayList<>();
		long started = System.nanoTime();
		long statements = 0;
		for (int i = 0; i < COUNT; i++) {
			log.reset();
			FilterFuzzCases.Case query = cases.next();
			String outcome = "ok";
			try {
				query.query().run();
			}
			catch (PrismaClientException ex) {
				outcome = ex.code();
				if (outcome.equals("P2010")) {
					findings.add("case " + i + " (" + query.kind() + ") unexplained: " + shorten(ex.getMessage()));
				}
			}
			catch (RuntimeException | AssertionError ex) {
				outcome = ex.getClass().getSimpleName();
				findings.add("case " + i + " (" + query.kind() + ") threw " + shorten(String.valueOf(ex)));
			}
			outcomes.merge(query.kind() + " -> " + outcome, 1, Integer::sum);
			List<String> sql = new ArrayList<>(log.statements());
			sql.addAll(log.executed());
			statements += sql.size();
			for (String text : sql) {
				if (VALUE_IN_SQL.matcher(text).find()) {
					findings.add("case " + i + " (" + query.kind() + ") put a value in SQL: " + shorten(text));
				}
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("Client fuzz: seed %d, %d cases, %d SQL statements logged, %d stored values found again,"
				+ " %d ms, %d findings%n  outcomes: %s%n", SEED, COUNT, statements, cases.foundAgain(), millis,
				findings.size(), outcomes);
		assertThat(findings).as("findings").isEmpty();
		assertThat(tables()).as("tables after the run").isEqualTo(tables);
		assertThat(Checks.on(database).queryForList("SELECT word FROM canary ORDER BY id", String.class))
			.containsExactly("alive", "well");
		assertThat(cases.foundAgain()).isPositive();
	}

	private static String shorten(String text) {
		return (text.length() <= 400) ? text : text.substring(0, 400) + "… (" + text.length() + " chars)";
	}
}
