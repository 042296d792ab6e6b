package dev.prismaspring.client.engine;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.postgresql.util.PGobject;

import dev.prismaspring.client.Json;
import dev.prismaspring.client.Row;

/**
 * {@code $queryRaw} and {@code $executeRaw}: the caller's SQL with its values bound as
 * parameters, results read into {@link Row}s by column label with the engine's Java types.
 */
final class RawQueries {

	private RawQueries() {
	}

	static List<Row> query(Session session, String sql, Object[] params) {
		try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
			bind(statement, params);
			try (ResultSet result = statement.executeQuery()) {
				ResultSetMetaData meta = result.getMetaData();
				List<Row> rows = new ArrayList<>();
				while (result.next()) {
					Map<String, Object> values = new LinkedHashMap<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						values.put(meta.getColumnLabel(i), read(result, i, meta.getColumnTypeName(i)));
					}
					rows.add(new Row(values));
				}
				return Collections.unmodifiableList(rows);
			}
		}
		catch (SQLException ex) {
			throw session.errors().translate(ex);
		}
	}

	static long execute(Session session, String sql, Object[] params) {
		try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
			bind(statement, params);
			return statement.executeLargeUpdate();
		}
		catch (SQLException ex) {
			throw session.errors().translate(ex);
		}
	}

	private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
		for (int i = 0; i < params.length; i++) {
			bind(statement, i + 1, params[i]);
		}
	}

	private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
		}
		else if (value instanceof Instant instant) {
			statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
		}
		else if (value instanceof Json json) {
			PGobject object = new PGobject();
			object.setType("jsonb");
			object.setValue(json.text());
			statement.setObject(index, object);
		}
		else if (value instanceof byte[] bytes) {
			statement.setBytes(index, bytes);
		}
		else if (value instanceof Collection<?> collection) {
			statement.setArray(index, array(statement, collection));
		}
		else if (value instanceof Enum<?> constant) {
			statement.setString(index, constant.name());
		}
		else if (value instanceof Character character) {
			statement.setString(index, character.toString());
		}
		else {
			statement.setObject(index, value);
		}
	}

	private static Array array(PreparedStatement statement, Collection<?> values) throws SQLException {
		Object sample = values.stream().filter((value) -> value != null).findFirst().orElse(null);
		String type;
		if (sample instanceof Integer || sample instanceof Short) {
			type = "int4";
		}
		else if (sample instanceof Long) {
			type = "int8";
		}
		else if (sample instanceof Double || sample instanceof Float) {
			type = "float8";
		}
		else if (sample instanceof BigDecimal) {
			type = "numeric";
		}
		else if (sample instanceof Boolean) {
			type = "bool";
		}
		else if (sample instanceof UUID) {
			type = "uuid";
		}
		else {
			type = "text";
		}
		Object[] elements = values.toArray();
		if (type.equals("text")) {
			for (int i = 0; i < elements.length; i++) {
				elements[i] = (elements[i] != null) ? elements[i].toString() : null;
			}
		}
		return statement.getConnection().createArrayOf(type, elements);
	}

	private static Object read(ResultSet result, int index, String type) throws SQLException {
		Object value;
		switch (type) {
			case "int2", "int4", "serial", "smallserial" -> value = result.getInt(index);
			case "int8", "bigserial" -> value = result.getLong(index);
			case "float4", "float8" -> value = result.getDouble(index);
			case "numeric" -> value = result.getBigDecimal(index);
			case "bool" -> value = result.getBoolean(index);
			case "timestamp" -> {
				LocalDateTime dateTime = result.getObject(index, LocalDateTime.class);
				value = (dateTime != null) ? dateTime.toInstant(ZoneOffset.UTC) : null;
			}
			case "timestamptz" -> {
				OffsetDateTime dateTime = result.getObject(index, OffsetDateTime.class);
				value = (dateTime != null) ? dateTime.toInstant() : null;
			}
			case "date" -> {
				LocalDate date = result.getObject(index, LocalDate.class);
				value = (date != null) ? date.atStartOfDay(ZoneOffset.UTC).toInstant() : null;
			}
			case "time" -> {
				LocalTime time = result.getObject(index, LocalTime.class);
				value = (time != null) ? LocalDate.EPOCH.atTime(time).toInstant(ZoneOffset.UTC) : null;
			}
			case "json", "jsonb" -> {
				String text = result.getString(index);
				value = (text != null) ? new Json(text) : null;
			}
			case "bytea" -> value = result.getBytes(index);
			default -> {
				if (type.startsWith("_")) {
					Array array = result.getArray(index);
					value = (array != null) ? list(array, type.equals("_timestamptz")) : null;
				}
				else {
					value = result.getString(index);
				}
			}
		}
		return result.wasNull() ? null : value;
	}

	private static List<Object> list(Array array, boolean zoned) throws SQLException {
		Object[] elements = (Object[]) array.getArray();
		List<Object> values = new ArrayList<>(elements.length);
		for (Object element : elements) {
			if (element instanceof PGobject object) {
				values.add(("json".equals(object.getType()) || "jsonb".equals(object.getType()))
						? new Json(object.getValue()) : object.getValue());
			}
			else if (element instanceof Timestamp timestamp) {
				values.add(zoned ? timestamp.toInstant() : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC));
			}
			else if (element instanceof java.sql.Date date) {
				values.add(date.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant());
			}
			else if (element instanceof UUID uuid) {
				values.add(uuid.toString());
			}
			else {
				values.add(element);
			}
		}
		return Collections.unmodifiableList(values);
	}
}
