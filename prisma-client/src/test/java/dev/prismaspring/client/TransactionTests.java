package dev.prismaspring.client;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.errors.UniqueConstraintViolationException;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static dev.prismaspring.client.Q.data;
import static dev.prismaspring.client.Q.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Transactions the client opens, and transactions it joins. */
@PostgresTest
class TransactionTests {

	private static TestDatabase database;

	private static Datamodel datamodel;

	private static PrismaClient client;

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		datamodel = TestClients.datamodel(Schemas.BLOG);
		client = TestClients.migrate(database, datamodel);
	}

	@BeforeEach
	void resetData() {
		BlogData.reset(database);
	}

	private static long users() {
		return database.queryForObject("SELECT count(*) FROM \"User\"", Long.class);
	}

	@Test
	void commitsWhenTheWorkReturns() {
		Object id = client.transaction((tx) -> {
			Row user = tx.model("User").create(data("email", "t1@x.io"), Shape.DEFAULT);
			tx.model("Post").create(data("title", "in tx", "authorId", user.get("id")), Shape.DEFAULT);
			return user.get("id");
		});
		assertThat(id).isEqualTo(6);
		assertThat(database.queryForObject("SELECT count(*) FROM \"Post\" WHERE \"authorId\" = 6", Long.class)).isEqualTo(1);
	}

	@Test
	void rollsBackWhenTheWorkThrows() {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> client.transaction((tx) -> {
			tx.model("User").create(with(data("email", "t2@x.io"), "posts", new NestedWrite.Create(data("title", "gone"))), Shape.DEFAULT);
			tx.model("User").deleteMany(Q.eq("email", "eve@x.io"));
			throw new IllegalStateException("changed my mind");
		}));
		assertThat(users()).isEqualTo(5);
		assertThat(database.queryForObject("SELECT count(*) FROM \"Post\" WHERE title = 'gone'", Long.class)).isZero();
	}

	@Test
	void rollsBackWhenAQueryFails() {
		assertThatExceptionOfType(UniqueConstraintViolationException.class).isThrownBy(() -> client.transaction((tx) -> {
			tx.model("User").create(data("email", "t3@x.io"), Shape.DEFAULT);
			return tx.model("User").create(data("email", "alice@prisma.io"), Shape.DEFAULT);
		}));
		assertThat(users()).isEqualTo(5);
	}

	@Test
	void runsAtTheIsolationLevelAskedForAndRestoresTheConnection() {
		DataSource single = TestClients.pool(database);
		PrismaClient pooled = PrismaClient.create(datamodel, single);
		String level = pooled.transaction(IsolationLevel.SERIALIZABLE,
				(tx) -> (String) tx.queryRaw("SHOW transaction_isolation").get(0).get("transaction_isolation"));
		assertThat(level).isEqualTo("serializable");
		assertThat(pooled.queryRaw("SHOW transaction_isolation").get(0).get("transaction_isolation")).isEqualTo("read committed");
		Object repeatable = pooled.transaction(IsolationLevel.REPEATABLE_READ,
				(tx) -> tx.queryRaw("SHOW transaction_isolation").get(0).get("transaction_isolation"));
		assertThat(repeatable).isEqualTo("repeatable read");
	}

	@Test
	void nestedTransactionsJoinTheOuterOne() {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> client.transaction((tx) -> {
			tx.transaction((inner) -> inner.model("User").create(data("email", "inner@x.io"), Shape.DEFAULT));
			assertThat(tx.model("User").count(FindArgs.ALL)).isEqualTo(6);
			throw new IllegalStateException("outer fails");
		}));
		assertThat(users()).isEqualTo(5);
	}

	@Test
	void aTransactionClientCannotBeUsedAfterTheTransaction() {
		PrismaClient escaped = client.transaction((tx) -> tx);
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> escaped.model("User").count(FindArgs.ALL))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2028"));
	}

	@Test
	void joinsATransactionItsConnectionSourceOwns() throws SQLException {
		try (Connection connection = TestClients.dataSource(database).getConnection()) {
			connection.setAutoCommit(false);
			ConnectionSource surrounding = new ConnectionSource() {

				@Override
				public Connection acquire() {
					return connection;
				}

				@Override
				public void release(Connection released) {
				}

				@Override
				public boolean inTransaction() {
					return true;
				}
			};
			PrismaClient joined = PrismaClient.create(datamodel, surrounding);
			joined.model("User").create(with(data("email", "spring@x.io"), "posts", new NestedWrite.Create(data("title", "s"))), Shape.DEFAULT);
			joined.transaction((tx) -> tx.model("User").create(data("email", "spring2@x.io"), Shape.DEFAULT));
			assertThat(joined.model("User").count(FindArgs.ALL)).isEqualTo(7);
			assertThat(users()).isEqualTo(5);
			connection.rollback();
		}
		assertThat(users()).isEqualTo(5);
	}

	@Test
	void reportsSerializationFailuresAsRetryable() throws Exception {
		CountDownLatch firstRead = new CountDownLatch(1);
		CountDownLatch secondDone = new CountDownLatch(1);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
			try {
				client.transaction(IsolationLevel.SERIALIZABLE, (tx) -> {
					long count = tx.model("User").count(FindArgs.ALL);
					firstRead.countDown();
					await(secondDone);
					return tx.model("User").create(data("email", "first" + count + "@x.io"), Shape.DEFAULT);
				});
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		});
		await(firstRead);
		client.transaction(IsolationLevel.SERIALIZABLE, (tx) -> {
			long count = tx.model("User").count(FindArgs.ALL);
			return tx.model("User").create(data("email", "second" + count + "@x.io"), Shape.DEFAULT);
		});
		secondDone.countDown();
		first.get(30, TimeUnit.SECONDS);
		assertThat(failure.get()).isInstanceOf(PrismaClientException.class)
			.satisfies((ex) -> assertThat(((PrismaClientException) ex).code()).isEqualTo("P2034"));
		assertThat(users()).isEqualTo(6);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void commitsItsOwnWorkOnConnectionsHandedOutWithoutAutoCommit() {
		com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
		config.setDataSource(TestClients.dataSource(database));
		config.setAutoCommit(false);
		config.setMaximumPoolSize(1);
		try (com.zaxxer.hikari.HikariDataSource manual = new com.zaxxer.hikari.HikariDataSource(config)) {
			PrismaClient client = PrismaClient.create(datamodel, manual);
			client.model("User").create(data("email", "manual@x.io"), Shape.DEFAULT);
			client.model("User").updateMany(Q.eq("email", "manual@x.io"), data("name", "Manual"));
			assertThat(database.queryForObject("SELECT name FROM \"User\" WHERE email = 'manual@x.io'", String.class)).isEqualTo("Manual");
		}
	}

	@Test
	void anOperationOfSeveralStatementsRunsInItsOwnTransaction() {
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> client.model("Post").update(Map.of("id", 1),
				with(data("title", "kept?"), "author", new NestedWrite.Connect(Map.of("id", 99))), Shape.DEFAULT));
		assertThat(database.queryForObject("SELECT title FROM \"Post\" WHERE id = 1", String.class)).isEqualTo("Hello World");
	}
}
