package dev.prismaspring.client.engine;

import java.lang.reflect.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The codec of a scalar list column. Lists are bound as a {@code text[]} of the elements' input
 * text cast to the column's array type, and read back as JSON, so every element type goes
 * through its scalar codec in both directions. A NULL list reads as an empty list, as Prisma
 * Client returns it.
 */
final class ListCodec implements Codec {

	private final ScalarCodec element;

	ListCodec(ScalarCodec element) {
		this.element = element;
	}

	ScalarCodec element() {
		return this.element;
	}

	@Override
	public String castType() {
		return this.element.castType() + "[]";
	}

	@Override
	public Object normalize(Object value, String field) {
		if (value == null) {
			return null;
		}
		List<Object> elements = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			for (Object item : collection) {
				elements.add(this.element.normalize(item, field));
			}
		}
		else if (value.getClass().isArray() && !(value instanceof byte[])) {
			for (int i = 0; i < Array.getLength(value); i++) {
				elements.add(this.element.normalize(Array.get(value, i), field));
			}
		}
		else {
			throw QueryErrors.wrongValue(field, "a list", value);
		}
		return Collections.unmodifiableList(elements);
	}

	@Override
	public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
			return;
		}
		List<?> elements = (List<?>) value;
		String[] texts = new String[elements.size()];
		Object previous = null;
		for (int i = 0; i < texts.length; i++) {
			Object item = elements.get(i);
			// A value repeated by identity (a createMany's @updatedAt, a Boolean) is encoded once.
			texts[i] = (item == null) ? null : (item == previous) ? texts[i - 1] : this.element.toText(item);
			previous = item;
		}
		statement.setArray(index, statement.getConnection().createArrayOf("text", texts));
	}

	@Override
	public Object read(ResultSet result, int index) throws SQLException {
		String json = result.getString(index);
		return (json != null) ? fromJson(new JsonReader(json)) : List.of();
	}

	@Override
	public Object fromJson(JsonReader reader) {
		if (reader.nextIsNull()) {
			return List.of();
		}
		List<Object> values = new ArrayList<>();
		reader.beginArray();
		while (reader.hasNext()) {
			values.add(this.element.fromJsonElement(reader));
		}
		reader.endArray();
		return Collections.unmodifiableList(values);
	}

	@Override
	public String selectExpression(String column) {
		return "to_json(" + jsonExpression(column) + ")::text";
	}

	@Override
	public String jsonExpression(String column) {
		return (this.element.kind() == ScalarCodec.Kind.MONEY) ? column + "::numeric[]" : column;
	}
}
