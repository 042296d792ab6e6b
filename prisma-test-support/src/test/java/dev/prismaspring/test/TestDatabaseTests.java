package dev.prismaspring.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@PostgresTest
class TestDatabaseTests {

	@Test
	void connectsToTheDatabaseItNames(TestDatabase database) throws Exception {
		assertThat(database.name()).matches("t_testdatabasetests_[a-z0-9]{10}");
		try (Connection connection = database.connection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current_database(), current_user")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo(database.name());
			assertThat(result.getString(2)).isEqualTo(database.user());
		}
		assertThat(database.exists()).isTrue();
	}

	@Test
	void runsPostgresql17WhenEmbedded(TestDatabase database) {
		Assumptions.assumeTrue(PostgresServer.configuredUrl() == null, "a server is configured, not the embedded one");
		assertThat(database.queryForObject("show server_version_num", String.class)).startsWith("17");
	}

	@Test
	void runsScriptsUpdatesAndQueries(TestDatabase database) {
		database.execute("create table note (id serial primary key, body text not null); create index on note (body)");
		assertThat(database.update("insert into note (body) values (?), (?)", "first", "second")).isEqualTo(2);
		assertThat(database.queryForObject("select count(*) from note", Long.class)).isEqualTo(2L);
		assertThat(database.queryForList("select body from note where id > ? order by id", String.class, 0))
			.containsExactly("first", "second");
		database.execute("drop table note");
	}

	@Test
	void reportsSqlErrorsWithTheDatabaseName(TestDatabase database) {
		assertThatIllegalStateException().isThrownBy(() -> database.execute("select * from no_such_table"))
			.withMessageContaining(database.name())
			.withMessageContaining("no_such_table");
		assertThatIllegalStateException().isThrownBy(() -> database.queryForObject("select 1 where false", Integer.class))
			.withMessageContaining("Expected one row");
	}

	@Test
	void givesUrlsThatWorkWithoutTheHelper(TestDatabase database) throws Exception {
		assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://" + database.host() + ":" + database.port() + "/" + database.name());
		assertThat(database.postgresUrl()).startsWith("postgresql://" + database.user()).endsWith("/" + database.name());
		Properties credentials = new Properties();
		credentials.setProperty("user", database.user());
		if (database.password() != null) {
			credentials.setProperty("password", database.password());
		}
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), credentials)) {
			assertThat(connection.getCatalog()).isEqualTo(database.name());
		}
	}

	@Test
	void keepsThePasswordOutOfToString(TestDatabase database) {
		assertThat(database.toString()).contains(database.name()).doesNotContain("password");
		if (database.password() != null && !database.password().isEmpty()) {
			assertThat(database.toString()).doesNotContain(database.password());
		}
	}

	@Test
	void createsAndDropsExtraDatabasesOnDemand(TestDatabase database) throws Exception {
		TestDatabase shadow;
		try (TestDatabase extra = TestDatabase.create("shadow")) {
			shadow = extra;
			assertThat(extra.name()).startsWith("t_shadow_").isNotEqualTo(database.name());
			assertThat(extra.exists()).isTrue();
			// A connection left open must not stop the drop.
			Connection forgotten = extra.connection();
			assertThat(forgotten.isValid(1)).isTrue();
		}
		assertThat(shadow.exists()).isFalse();
		assertThat(database.exists()).isTrue();
	}

}
