package dev.prismaspring.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class SmokeTests {

	@Test
	void createsAndReads(TestDatabase database) {
		PrismaClient client = TestClients.migrate(database, TestClients.datamodel(Schemas.BLOG));
		Row user = client.model("User").create(new WriteData(Map.of("email", "a@b.c", "name", "Alice"), Map.of()), Shape.DEFAULT);
		assertThat(user.get("email")).isEqualTo("a@b.c");
		List<Row> users = client.model("User").findMany(FindArgs.ALL);
		assertThat(users).hasSize(1);
		System.out.println(users);
		PrismaClient rich = TestClients.migrate(database, TestClients.datamodel(Schemas.RICH));
		System.out.println(rich.model("Account").create(new WriteData(Map.of("email", "x"), Map.of()), Shape.DEFAULT));
		System.out.println(rich.model("Token").create(new WriteData(Map.of("label", "x"), Map.of()), Shape.DEFAULT));
	}
}
