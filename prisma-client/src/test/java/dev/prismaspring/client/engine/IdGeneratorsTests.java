package dev.prismaspring.client.engine;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdGeneratorsTests {

	private static Set<String> many(Supplier<String> generator) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 2_000; i++) {
			ids.add(generator.get());
		}
		return ids;
	}

	@Test
	void generatesUniqueIdsOfEachFormat() {
		assertThat(many(IdGenerators::uuid4)).hasSize(2_000).allSatisfy((id) -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
		assertThat(many(IdGenerators::uuid7)).hasSize(2_000).allSatisfy((id) -> {
			UUID uuid = UUID.fromString(id);
			assertThat(uuid.version()).isEqualTo(7);
			assertThat(uuid.variant()).isEqualTo(2);
		});
		assertThat(many(IdGenerators::cuid)).hasSize(2_000).allMatch((id) -> id.matches("c[0-9a-z]{24}"));
		assertThat(many(IdGenerators::cuid2)).hasSize(2_000).allMatch((id) -> id.matches("[a-z][0-9a-z]{23}"));
		assertThat(many(() -> IdGenerators.nanoid(21))).hasSize(2_000).allMatch((id) -> id.matches("[A-Za-z0-9_-]{21}"));
		assertThat(many(IdGenerators::ulid)).hasSize(2_000).allMatch((id) -> id.matches("[0-9A-HJKMNP-TV-Z]{26}"));
	}

	@Test
	void timeOrderedIdsStartWithTheTime() throws InterruptedException {
		String earlierUuid = IdGenerators.uuid7();
		String earlierUlid = IdGenerators.ulid();
		String earlierCuid = IdGenerators.cuid();
		Thread.sleep(5);
		assertThat(IdGenerators.uuid7().substring(0, 13)).isGreaterThan(earlierUuid.substring(0, 13));
		assertThat(IdGenerators.ulid().substring(0, 10)).isGreaterThan(earlierUlid.substring(0, 10));
		assertThat(IdGenerators.cuid().substring(1, 9)).isGreaterThan(earlierCuid.substring(1, 9));
		long millis = Long.parseLong(IdGenerators.uuid7().replace("-", "").substring(0, 12), 16);
		assertThat(Math.abs(millis - System.currentTimeMillis())).isLessThan(2_000);
	}
}
