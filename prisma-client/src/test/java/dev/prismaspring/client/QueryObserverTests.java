package dev.prismaspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.errors.RecordNotFoundException;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.prismaspring.client.Q.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** An observer sees every operation, with its model and name, and changes none of their results. */
@PostgresTest
class QueryObserverTests {

	private static TestDatabase database;

	private static PrismaClient client;

	private final List<String> seen = new ArrayList<>();

	private final List<String> failed = new ArrayList<>();

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		client = TestClients.migrate(database, TestClients.datamodel(Schemas.BLOG));
	}

	@BeforeEach
	void resetData() {
		BlogData.reset(database);
	}

	private PrismaClient observed() {
		return client.observedBy((model, operation, call) -> {
			this.seen.add(model + "." + operation);
			try {
				return call.get();
			}
			catch (RuntimeException ex) {
				this.failed.add(model + "." + operation + ": " + ex.getClass().getSimpleName());
				throw ex;
			}
		});
	}

	@Test
	void everyOperationAndRawQueryIsSeenWithItsModelAndResult() {
		PrismaClient observed = observed();
		assertThat(observed.model("User").findMany(Q.where(Q.eq("email", "eve@x.io")))).hasSize(1);
		assertThat(observed.model("User").count(Q.where(Q.eq("email", "eve@x.io")))).isEqualTo(1);
		assertThat(observed.queryRaw("SELECT 1 AS one")).singleElement().extracting((row) -> row.get("one")).isEqualTo(1);
		assertThat(observed.model("User")).isSameAs(observed.model("User"));
		assertThat(this.seen).containsExactly("User.findMany", "User.count", "null.queryRaw");
	}

	@Test
	void aFailureReachesTheCallerUnchangedAndTheObserverSeesIt() {
		PrismaClient observed = observed();
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> observed.model("User").findUniqueOrThrow(Map.of("id", 999), Shape.DEFAULT));
		assertThat(this.failed).containsExactly("User.findUniqueOrThrow: RecordNotFoundException");
	}

	@Test
	void operationsInsideATransactionAreSeenToo() {
		observed().transaction((tx) -> tx.model("User").create(data("email", "obs@x.io"), Shape.DEFAULT));
		assertThat(this.seen).containsExactly("User.create");
		assertThat(database.queryForObject("SELECT count(*) FROM \"User\" WHERE email = 'obs@x.io'", Long.class)).isOne();
	}

}
