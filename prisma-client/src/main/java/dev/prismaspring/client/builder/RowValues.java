package dev.prismaspring.client.builder;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.prismaspring.client.Json;
import dev.prismaspring.client.Related;
import dev.prismaspring.client.Row;

/**
 * Reads the fields of a {@link Row} as the Java types of generated records. A scalar field the
 * row does not hold (left out by {@code select} or {@code omit}) reads as {@code null}; a relation
 * it does not hold reads as {@link Related#notLoaded(String) not loaded}. Numbers are converted
 * between boxed types, so a {@code _sum} the database widened still fits its field.
 */
public final class RowValues {

	private RowValues() {
	}

	/**
	 * @param row a record
	 * @param field an {@code Int} field's name
	 * @return its value, or {@code null}
	 */
	public static Integer integer(Row row, String field) {
		return toInteger(value(row, field));
	}

	/**
	 * @param row a record
	 * @param field a {@code BigInt} field's name
	 * @return its value, or {@code null}
	 */
	public static Long bigInt(Row row, String field) {
		return toLong(value(row, field));
	}

	/**
	 * @param row a record
	 * @param field a {@code Float} field's name
	 * @return its value, or {@code null}
	 */
	public static Double floating(Row row, String field) {
		return toDouble(value(row, field));
	}

	/**
	 * @param row a record
	 * @param field a {@code Decimal} field's name
	 * @return its value, or {@code null}
	 */
	public static BigDecimal decimal(Row row, String field) {
		return toDecimal(value(row, field));
	}

	/**
	 * @param row a record
	 * @param field a {@code Boolean} field's name
	 * @return its value, or {@code null}
	 */
	public static Boolean bool(Row row, String field) {
		return toBoolean(value(row, field));
	}

	/**
	 * @param row a record
	 * @param field a {@code String} field's name
	 * @return its value, or {@code null}
	 */
	public static String string(Row row, String field) {
		return toText(value(row, field));
	}

	/**
	 * @param row a record
	 * @param field a {@code DateTime} field's name
	 * @return its value, or {@code null}
	 */
	public static Instant dateTime(Row row, String field) {
		return toInstant(value(row, field));
	}

	/**
	 * @param row a record
	 * @param field a {@code Json} field's name
	 * @return its value, or {@code null}
	 */
	public static Json json(Row row, String field) {
		return toJson(value(row, field));
	}

	/**
	 * @param row a record
	 * @param field a {@code Bytes} field's name
	 * @return its value, or {@code null}
	 */
	public static byte[] bytes(Row row, String field) {
		return toBytes(value(row, field));
	}

	/**
	 * @param <E> the generated enum
	 * @param row a record
	 * @param field an enum field's name
	 * @param type the generated enum's class
	 * @return its value, or {@code null}
	 */
	public static <E extends Enum<E> & PrismaEnum> E enumValue(Row row, String field, Class<E> type) {
		return toEnum(value(row, field), type);
	}

	/**
	 * @param <E> the generated enum
	 * @param row a record
	 * @param field an enum list field's name
	 * @param type the generated enum's class
	 * @return its values, or {@code null}
	 */
	public static <E extends Enum<E> & PrismaEnum> List<E> enumList(Row row, String field, Class<E> type) {
		return list(row, field, (element) -> toEnum(element, type));
	}

	/**
	 * @param <T> the element type
	 * @param row a record
	 * @param field a scalar list field's name
	 * @param element reads one element, e.g. {@code RowValues::toInteger}
	 * @return its values, or {@code null}
	 */
	public static <T> List<T> list(Row row, String field, Function<Object, T> element) {
		Object value = value(row, field);
		if (value == null) {
			return null;
		}
		Collection<?> elements = (value instanceof Collection<?> collection) ? collection
				: (value instanceof Object[] array) ? List.of(array) : null;
		if (elements == null) {
			throw new IllegalStateException("The engine returned a " + value.getClass().getName() + " for the list field `"
					+ field + "`");
		}
		List<T> result = new ArrayList<>(elements.size());
		for (Object each : elements) {
			result.add(element.apply(each));
		}
		return Collections.unmodifiableList(result);
	}

	/**
	 * @param <T> the related record
	 * @param row a record
	 * @param relation a to-one relation's name
	 * @param record maps the related row
	 * @return the related record ({@code null} inside when there is none), or not loaded
	 */
	public static <T> Related<T> toOne(Row row, String relation, Function<Row, T> record) {
		if (!row.has(relation)) {
			return Related.notLoaded(relation);
		}
		Row related = row.one(relation);
		return Related.loaded((related != null) ? record.apply(related) : null);
	}

	/**
	 * @param <T> the related record
	 * @param row a record
	 * @param relation a list relation's name
	 * @param record maps each related row
	 * @return the related records, or not loaded
	 */
	public static <T> Related<List<T>> toMany(Row row, String relation, Function<Row, T> record) {
		if (!row.has(relation)) {
			return Related.notLoaded(relation);
		}
		List<Row> related = row.many(relation);
		List<T> records = new ArrayList<>(related.size());
		for (Row each : related) {
			records.add(record.apply(each));
		}
		return Related.loaded(Collections.unmodifiableList(records));
	}

	/**
	 * @param <C> the generated counts record
	 * @param row a record
	 * @param counts maps the {@code _count} values, as a row of relation name to count
	 * @return the counts, or {@code null} when the query asked for none
	 */
	public static <C> C counts(Row row, Function<Row, C> counts) {
		if (!row.has("_count")) {
			return null;
		}
		Object value = row.get("_count");
		return (value instanceof Map<?, ?> map) ? counts.apply(rowOf(map)) : null;
	}

	/**
	 * @param value a number, or {@code null}
	 * @return it as an Integer
	 */
	public static Integer toInteger(Object value) {
		if (value == null || value instanceof Integer) {
			return (Integer) value;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.intValueExact();
		}
		return Math.toIntExact(number(value).longValue());
	}

	/**
	 * @param value a number, or {@code null}
	 * @return it as a Long
	 */
	public static Long toLong(Object value) {
		if (value == null || value instanceof Long) {
			return (Long) value;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.longValueExact();
		}
		if (value instanceof BigInteger big) {
			return big.longValueExact();
		}
		return number(value).longValue();
	}

	/**
	 * @param value a number, or {@code null}
	 * @return it as a Double
	 */
	public static Double toDouble(Object value) {
		return (value == null || value instanceof Double) ? (Double) value : Double.valueOf(number(value).doubleValue());
	}

	/**
	 * @param value a number, or {@code null}
	 * @return it as a BigDecimal
	 */
	public static BigDecimal toDecimal(Object value) {
		if (value == null || value instanceof BigDecimal) {
			return (BigDecimal) value;
		}
		if (value instanceof BigInteger big) {
			return new BigDecimal(big);
		}
		if (value instanceof Double || value instanceof Float) {
			return BigDecimal.valueOf(number(value).doubleValue());
		}
		if (value instanceof Number) {
			return BigDecimal.valueOf(number(value).longValue());
		}
		return new BigDecimal(value.toString());
	}

	/**
	 * @param value a Boolean, or {@code null}
	 * @return it
	 */
	public static Boolean toBoolean(Object value) {
		return (Boolean) value;
	}

	/**
	 * @param value a String, or {@code null}
	 * @return it
	 */
	public static String toText(Object value) {
		return (value == null) ? null : value.toString();
	}

	/**
	 * @param value an Instant (or another date-time the driver returned), or {@code null}
	 * @return it as an Instant
	 */
	public static Instant toInstant(Object value) {
		if (value == null || value instanceof Instant) {
			return (Instant) value;
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		return Instant.parse(value.toString());
	}

	/**
	 * @param value a Json or JSON text, or {@code null}
	 * @return it as Json
	 */
	public static Json toJson(Object value) {
		return (value == null || value instanceof Json) ? (Json) value : Json.of(value.toString());
	}

	/**
	 * @param value a byte array, or {@code null}
	 * @return it
	 */
	public static byte[] toBytes(Object value) {
		return (byte[]) value;
	}

	/**
	 * @param <E> the generated enum
	 * @param value an enum value's schema name (or the constant), or {@code null}
	 * @param type the generated enum's class
	 * @return the constant
	 */
	public static <E extends Enum<E> & PrismaEnum> E toEnum(Object value, Class<E> type) {
		if (value == null || type.isInstance(value)) {
			return type.cast(value);
		}
		return PrismaEnum.fromSchemaName(type, value.toString());
	}

	static Row rowOf(Map<?, ?> values) {
		Map<String, Object> fields = new LinkedHashMap<>();
		values.forEach((key, value) -> fields.put(String.valueOf(key), value));
		return new Row(fields);
	}

	private static Object value(Row row, String field) {
		return row.getOrNull(field);
	}

	private static Number number(Object value) {
		if (value instanceof Number number) {
			return number;
		}
		throw new IllegalStateException("Expected a number from the engine, got " + value.getClass().getName());
	}
}
