package dev.prismaspring.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowTests {

	private static final Row.Layout LAYOUT = Row.Layout.of(List.of("id", "email", "name"));

	@Test
	void rowOfLayoutReadsItsValuesByName() {
		Row row = LAYOUT.row(new Object[] { 1, "a@example.com", null });
		assertThat(row.get("id")).isEqualTo(1);
		assertThat(row.get("email")).isEqualTo("a@example.com");
		assertThat(row.has("name")).isTrue();
		assertThat(row.get("name")).isNull();
		assertThat(row.has("posts")).isFalse();
		assertThat(row.getOrNull("posts")).isNull();
		assertThatIllegalStateException().isThrownBy(() -> row.get("posts")).withMessageContaining("`posts`");
	}

	@Test
	void namesBuiltAtRunTimeAreFoundLikeLiterals() {
		String built = new StringBuilder("em").append("ail").toString();
		assertThat(LAYOUT.row(new Object[] { 1, "a@example.com", null }).get(built)).isEqualTo("a@example.com");
		Row.Layout wide = Row.Layout.of(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
		Row row = wide.row(new Object[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
		assertThat(row.get(new String(new char[] { 'j' }))).isEqualTo(10);
		assertThat(row.has("k")).isFalse();
	}

	@Test
	void aMissingNameWhoseHashSharesABitWithAFieldIsStillMissing() {
		// "name" and "author" have the same low six bits of their hash (11): the layout's quick
		// rejection passes "author" on to the full lookup, which must not find it.
		assertThat("author".hashCode() & 63).isEqualTo("name".hashCode() & 63);
		Row row = LAYOUT.row(new Object[] { 1, "a@example.com", "Ada" });
		assertThat(row.has("author")).isFalse();
		assertThat(row.getOrNull("author")).isNull();
		assertThat(row.get("name")).isEqualTo("Ada");
		assertThat(row.has(null)).isFalse();
	}

	@Test
	void notLoadedRelationsKeepTheirNamesWhenTheirSlotsAreShared() {
		// "name" and "author" share a slot of the cache of not-loaded relations.
		String built = new StringBuilder("aut").append("hor").toString();
		Related<Object> author = Related.notLoaded("author");
		Related<Object> name = Related.notLoaded("name");
		assertThat(Related.notLoaded(built)).isSameAs(author);
		assertThat(Related.notLoaded("name")).isSameAs(name).isNotSameAs(author);
		assertThatThrownBy(author::get).hasMessageContaining("`author`");
		assertThatThrownBy(name::get).hasMessageContaining("`name`");
	}

	@Test
	void mapViewKeepsTheOrderAndCannotBeChanged() {
		Row row = LAYOUT.row(new Object[] { 2, "b@example.com", "Bea" });
		assertThat(row.asMap()).containsExactly(Map.entry("id", 2), Map.entry("email", "b@example.com"),
				Map.entry("name", "Bea"));
		assertThat(row.fields()).containsExactly("id", "email", "name");
		assertThat(row).hasToString("{id=2, email=b@example.com, name=Bea}");
		org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> row.asMap().put("id", 3));
	}

	@Test
	void rowsOfALayoutEqualRowsOfAMapWithTheSameFields() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", "Bea");
		values.put("id", 2);
		values.put("email", "b@example.com");
		Row fromMap = new Row(values);
		Row fromLayout = LAYOUT.row(new Object[] { 2, "b@example.com", "Bea" });
		assertThat(fromMap).isEqualTo(fromLayout).hasSameHashCodeAs(fromLayout);
		assertThat(fromLayout).isNotEqualTo(LAYOUT.row(new Object[] { 2, "b@example.com", "Bo" }));
		assertThat(fromLayout).isNotEqualTo(new Row(Map.of("id", 2, "email", "b@example.com")));
		values.put("id", 3);
		assertThat(fromMap.get("id")).as("a row copies the map it is made from").isEqualTo(2);
	}

	@Test
	void layoutRefusesDuplicatesAndRowsOfTheWrongWidth() {
		assertThatIllegalArgumentException().isThrownBy(() -> Row.Layout.of(List.of("id", "id")))
			.withMessageContaining("`id` appears twice");
		assertThatIllegalArgumentException().isThrownBy(() -> LAYOUT.row(new Object[] { 1 }))
			.withMessageContaining("has 3 values, not 1");
	}

	@Test
	void bytesCompareByContent() {
		Row.Layout layout = Row.Layout.of(List.of("data"));
		assertThat(layout.row(new Object[] { new byte[] { 1, 2 } }))
			.isEqualTo(layout.row(new Object[] { new byte[] { 1, 2 } }))
			.isNotEqualTo(layout.row(new Object[] { new byte[] { 1, 3 } }));
	}

}
