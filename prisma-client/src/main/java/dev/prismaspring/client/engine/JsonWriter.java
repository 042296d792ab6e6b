package dev.prismaspring.client.engine;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

import dev.prismaspring.client.Json;

/** Writes Java values as JSON text: for Json fields given as strings, numbers, maps or lists. */
final class JsonWriter {

	private JsonWriter() {
	}

	static Json toJson(Object value, String field) {
		if (value instanceof Json json) {
			return json;
		}
		StringBuilder text = new StringBuilder();
		write(text, value, field);
		return new Json(text.toString());
	}

	private static void write(StringBuilder out, Object value, String field) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Json json) {
			out.append(json.text());
		}
		else if (value instanceof String string) {
			string(out, string);
		}
		else if (value instanceof Boolean bool) {
			out.append(bool.booleanValue());
		}
		else if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw QueryErrors.wrongValue(field, "JSON (which has no NaN or Infinity)", value);
			}
			out.append(BigDecimal.valueOf(number).toPlainString());
		}
		else if (value instanceof BigDecimal decimal) {
			out.append(decimal.toPlainString());
		}
		else if (value instanceof Number number) {
			out.append(number.toString());
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<?, ?> entry = entries.next();
				string(out, String.valueOf(entry.getKey()));
				out.append(':');
				write(out, entry.getValue(), field);
				if (entries.hasNext()) {
					out.append(',');
				}
			}
			out.append('}');
		}
		else if (value instanceof Collection<?> collection) {
			out.append('[');
			Iterator<?> elements = collection.iterator();
			while (elements.hasNext()) {
				write(out, elements.next(), field);
				if (elements.hasNext()) {
					out.append(',');
				}
			}
			out.append(']');
		}
		else {
			throw QueryErrors.wrongValue(field, "a Json value (Json, String, Number, Boolean, Map or List)", value);
		}
	}

	static void string(StringBuilder out, String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}
}
