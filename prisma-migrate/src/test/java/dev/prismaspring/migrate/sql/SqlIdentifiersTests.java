package dev.prismaspring.migrate.sql;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SqlIdentifiersTests {

	@Test
	void quotesAndDoublesEmbeddedQuotes() {
		assertThat(SqlIdentifiers.quote("User")).isEqualTo("\"User\"");
		assertThat(SqlIdentifiers.quote("a\"; DROP TABLE x; --")).isEqualTo("\"a\"\"; DROP TABLE x; --\"");
		assertThat(SqlIdentifiers.qualified("public", "User")).isEqualTo("\"public\".\"User\"");
		assertThat(SqlIdentifiers.qualified(null, "User")).isEqualTo("\"User\"");
	}

	@Test
	void refusesNul() {
		assertThatIllegalArgumentException().isThrownBy(() -> SqlIdentifiers.quote("a\0b"));
	}

	@Test
	void truncatesToSixtyThreeBytesWithoutSplittingACharacter() {
		String ascii = "A".repeat(70);
		assertThat(SqlIdentifiers.truncate(ascii)).hasSize(63);
		String multiByte = "é".repeat(40);
		String cut = SqlIdentifiers.truncate(multiByte);
		assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(62);
		assertThat(cut).isEqualTo("é".repeat(31));
		assertThat(SqlIdentifiers.truncate("short")).isEqualTo("short");
	}

	@Test
	void columnTypesRenderAsPrismaWritesThem() {
		assertThat(ColumnType.builtIn("VARCHAR", 255).toSql(false)).isEqualTo("VARCHAR(255)");
		assertThat(ColumnType.builtIn("DECIMAL", 65, 30).toSql(false)).isEqualTo("DECIMAL(65,30)");
		assertThat(ColumnType.builtIn("TEXT").asArray().toSql(false)).isEqualTo("TEXT[]");
		ColumnType role = new ColumnType("Role", List.of(), ColumnType.Kind.ENUM, "public", true);
		assertThat(role.toSql(false)).isEqualTo("\"Role\"[]");
		assertThat(role.toSql(true)).isEqualTo("\"public\".\"Role\"[]");
	}
}
