package dev.prismaspring.test;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseNamesTests {

	@Test
	void namesAfterTheClassInLowerCase() {
		assertThat(DatabaseNames.forClass(DatabaseNamesTests.class)).matches("t_databasenamestests_[a-z0-9]{10}");
	}

	@Test
	void replacesUnsafeCharactersAndKeepsWithin63Bytes() {
		String name = DatabaseNames.forLabel("Ünïcode-Name with spaces and a very long tail that goes on and on and on");
		assertThat(name).matches("t_[a-z0-9_]+_[a-z0-9]{10}");
		assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
		assertThat(DatabaseNames.forLabel("$$$")).matches("t_db_[a-z0-9]{10}");
	}

	@Test
	void namesAreUnique() {
		assertThat(DatabaseNames.forLabel("same")).isNotEqualTo(DatabaseNames.forLabel("same"));
	}

	@Test
	void quotesIdentifiers() {
		assertThat(DatabaseNames.quote("a\"b")).isEqualTo("\"a\"\"b\"");
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseNames.quote("x".repeat(64)));
	}

}
