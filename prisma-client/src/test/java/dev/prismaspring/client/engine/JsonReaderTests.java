package dev.prismaspring.client.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.prismaspring.client.Json;
import dev.prismaspring.client.errors.PrismaClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonReaderTests {

	@Test
	void readsValuesOneByOneAndKeepsRawJsonAsWritten() {
		JsonReader reader = new JsonReader("[1, \"a\\\"b\\u00e9\\n\", null, true, {\"k\": [1, {\"x\": \"]\"}]}, -1.5e3, \"NaN\"]");
		reader.beginArray();
		assertThat(reader.hasNext()).isTrue();
		assertThat(reader.readNumber()).isEqualTo("1");
		reader.hasNext();
		assertThat(reader.readString()).isEqualTo("a\"bé\n");
		reader.hasNext();
		assertThat(reader.nextIsNull()).isTrue();
		reader.hasNext();
		assertThat(reader.readBoolean()).isTrue();
		reader.hasNext();
		assertThat(reader.readRaw()).isEqualTo("{\"k\": [1, {\"x\": \"]\"}]}");
		reader.hasNext();
		assertThat(reader.readNumber()).isEqualTo("-1.5e3");
		reader.hasNext();
		assertThat(reader.readNumber()).isEqualTo("NaN");
		assertThat(reader.hasNext()).isFalse();
		reader.endArray();
	}

	@Test
	void writesJavaValuesAsJson() {
		assertThat(JsonWriter.toJson(java.util.Map.of("a", List.of(1, "x\"\n", true)), "f")).isEqualTo(Json.of("{\"a\":[1,\"x\\\"\\n\",true]}"));
		assertThat(JsonWriter.toJson("text", "f")).isEqualTo(Json.of("\"text\""));
		assertThat(JsonWriter.toJson(0.1, "f")).isEqualTo(Json.of("0.1"));
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> JsonWriter.toJson(Double.NaN, "Model.field"))
			.withMessageContaining("Model.field");
	}

	@Test
	void reportsMalformedJson() {
		assertThatExceptionOfType(PrismaClientException.class).isThrownBy(() -> new JsonReader("{").beginArray())
			.withMessageContaining("'[' expected");
	}
}
