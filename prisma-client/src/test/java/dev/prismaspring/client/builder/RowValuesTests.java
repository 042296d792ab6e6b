package dev.prismaspring.client.builder;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import dev.prismaspring.client.Json;
import dev.prismaspring.client.Row;
import dev.prismaspring.client.builder.BlogBuilders.Post;
import dev.prismaspring.client.builder.BlogBuilders.Status;
import dev.prismaspring.client.builder.BlogBuilders.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Rows become records: absent scalars read as null, absent relations as not loaded. */
class RowValuesTests {

	private static Row row(Object... namesAndValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return new Row(values);
	}

	@Test
	void aRowWithEveryFieldAndItsRelations() {
		User user = User.fromRow(row("id", 1, "email", "a@b.c", "posts",
				List.of(row("id", 2, "title", "Hi", "views", 3L, "status", "public", "tags", List.of("x"), "meta", "{}")),
				"_count", Map.of("posts", 1L)));
		assertThat(user.posts().get()).hasSize(1);
		Post post = user.posts().get().get(0);
		assertThat(post.views()).isEqualTo(3);
		assertThat(post.status()).isEqualTo(Status.public_);
		assertThat(post.tags()).containsExactly("x");
		assertThat(post.meta()).isEqualTo(Json.of("{}"));
		assertThat(post.author().isLoaded()).isFalse();
		assertThat(user._count().posts()).isEqualTo(1L);
	}

	@Test
	void fieldsLeftOutOfTheQueryAreNullAndRelationsAreNotLoaded() {
		User user = User.fromRow(row("email", "a@b.c"));
		assertThat(user.id()).isNull();
		assertThat(user._count()).isNull();
		assertThat(user.posts().isLoaded()).isFalse();
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(() -> user.posts().get())
			.withMessageContaining("`posts`");
		assertThat(Post.fromRow(row("author", null)).author().get()).isNull();
	}

	@Test
	void numbersAreConvertedToTheFieldsType() {
		assertThat(RowValues.toInteger(5L)).isEqualTo(5);
		assertThat(RowValues.toLong(new BigDecimal("7"))).isEqualTo(7L);
		assertThat(RowValues.toDouble(2)).isEqualTo(2.0);
		assertThat(RowValues.toDecimal(3L)).isEqualByComparingTo("3");
		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> RowValues.toInteger(Long.MAX_VALUE));
	}

	@Test
	void anUnknownEnumValueSaysToRegenerate() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> RowValues.toEnum("ARCHIVED", Status.class))
			.withMessageContaining("ARCHIVED")
			.withMessageContaining("Regenerate");
	}

	@Test
	void aggregateResultsReadAsRecordsAndByName() {
		AggregateResult<Post> result = new AggregateResult<>(row("_count", Map.of("_all", 4L, "title", 3L), "_max",
				Map.of("views", 9), "_avg", Map.of("views", 4.5), "title", "Hi"), Post::fromRow);
		assertThat(result.count()).isEqualTo(4);
		assertThat(result.count("title")).isEqualTo(3L);
		assertThat(result.max().views()).isEqualTo(9);
		assertThat(result.max().title()).isNull();
		assertThat(result.avg("views")).isEqualTo(4.5);
		assertThat(result.by().title()).isEqualTo("Hi");
		assertThatIllegalStateException().isThrownBy(result::min).withMessageContaining("_min(f -> ...)");
	}
}
