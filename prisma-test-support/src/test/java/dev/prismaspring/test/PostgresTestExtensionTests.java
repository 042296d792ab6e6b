package dev.prismaspring.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs small {@code @PostgresTest} classes through JUnit's own engine and watches their
 * databases from outside: created before the class, one per class, dropped after it.
 */
@PostgresTest
class PostgresTestExtensionTests {

	// What the fixtures saw: "<class>:<database>:<existed>".
	static final List<String> seen = new CopyOnWriteArrayList<>();

	@BeforeEach
	void forgetEarlierRuns() {
		seen.clear();
	}

	@Test
	void givesEachClassItsOwnDatabaseAndDropsItAfterwards(TestDatabase observer) {
		Events tests = run(First.class, Second.class);
		tests.assertStatistics((stats) -> stats.started(3).succeeded(3));
		assertThat(seen).hasSize(3);
		List<String> firstNames = databasesOf("First");
		List<String> secondNames = databasesOf("Second");
		assertThat(firstNames).hasSize(2).allMatch((name) -> name.matches("t_first_[a-z0-9]{10}"));
		assertThat(firstNames.get(0)).as("one database for all tests of a class").isEqualTo(firstNames.get(1));
		assertThat(secondNames).singleElement().asString().matches("t_second_[a-z0-9]{10}");
		assertThat(secondNames.get(0)).isNotEqualTo(firstNames.get(0));
		assertThat(seen).allMatch((entry) -> entry.endsWith(":true"), "database existed during the test");
		assertThat(existing(observer, firstNames.get(0), secondNames.get(0))).as("databases left behind").isZero();
	}

	@Test
	void dropsTheDatabaseWhenTestsFail(TestDatabase observer) {
		run(Failing.class).assertStatistics((stats) -> stats.started(1).failed(1));
		assertThat(existing(observer, databasesOf("Failing").get(0))).isZero();
	}

	@Test
	void sharesTheDatabaseWithNestedClasses(TestDatabase observer) {
		run(Outer.class).assertStatistics((stats) -> stats.started(2).succeeded(2));
		String outer = databasesOf("Outer").get(0);
		assertThat(databasesOf("Inner")).containsExactly(outer);
		assertThat(existing(observer, outer)).isZero();
	}

	@Test
	void injectsConstructorsOfPerClassInstances(TestDatabase observer) {
		run(PerClass.class).assertStatistics((stats) -> stats.started(1).succeeded(1));
		String name = databasesOf("PerClass").get(0);
		assertThat(name).startsWith("t_perclass_");
		assertThat(existing(observer, name)).isZero();
	}

	private static Events run(Class<?>... fixtures) {
		var request = EngineTestKit.engine("junit-jupiter")
			// The fixtures are @Disabled so that only this test runs them.
			.configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition");
		for (Class<?> fixture : fixtures) {
			request = request.selectors(selectClass(fixture));
		}
		return request.execute().testEvents();
	}

	private static List<String> databasesOf(String fixture) {
		return seen.stream().filter((entry) -> entry.startsWith(fixture + ":")).map((entry) -> entry.split(":")[1]).toList();
	}

	private static long existing(TestDatabase observer, String... names) {
		return observer.queryForObject("select count(*) from pg_database where datname = any (?)", Long.class,
				(Object) names);
	}

	static void record(String fixture, TestDatabase database) {
		boolean existed = database.queryForObject("select current_database()", String.class).equals(database.name())
				&& database.exists();
		seen.add(fixture + ":" + database.name() + ":" + existed);
	}

	@PostgresTest
	@Disabled("run by PostgresTestExtensionTests")
	static class First {

		@Test
		void one(TestDatabase database) {
			record("First", database);
		}

		@Test
		void two(TestDatabase database) {
			record("First", database);
		}

	}

	@PostgresTest
	@Disabled("run by PostgresTestExtensionTests")
	static class Second {

		@Test
		void one(TestDatabase database) {
			record("Second", database);
		}

	}

	@PostgresTest
	@Disabled("run by PostgresTestExtensionTests")
	static class Failing {

		@Test
		void fails(TestDatabase database) {
			record("Failing", database);
			throw new AssertionError("expected failure");
		}

	}

	@PostgresTest
	@Disabled("run by PostgresTestExtensionTests")
	static class Outer {

		@Test
		void outer(TestDatabase database) {
			record("Outer", database);
		}

		@Nested
		class Inner {

			@Test
			void inner(TestDatabase database) {
				record("Inner", database);
			}

		}

	}

	@PostgresTest
	@Disabled("run by PostgresTestExtensionTests")
	@TestInstance(Lifecycle.PER_CLASS)
	static class PerClass {

		private final TestDatabase database;

		PerClass(TestDatabase database) {
			this.database = database;
		}

		@Test
		void usesTheConstructorParameter() {
			record("PerClass", this.database);
		}

	}

}
