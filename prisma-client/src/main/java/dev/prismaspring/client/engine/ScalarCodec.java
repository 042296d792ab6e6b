package dev.prismaspring.client.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.UUID;

import dev.prismaspring.client.Json;
import dev.prismaspring.schema.model.EnumType;
import dev.prismaspring.schema.model.NativeType;
import dev.prismaspring.schema.model.ScalarField;
import dev.prismaspring.schema.model.ScalarType;

/**
 * The codec of a single (non-list) column. DateTime values are {@link Instant}s whatever the
 * column type: {@code timestamp} columns hold UTC, as Prisma writes them; {@code date} columns
 * read as UTC midnight and keep only the UTC date of a value written; {@code time} columns read
 * as that time on 1970-01-01 UTC.
 */
final class ScalarCodec implements Codec {

	enum Kind {
		INT, BIGINT, FLOAT, DECIMAL, MONEY, BOOLEAN, TEXT, TIMESTAMP, TIMESTAMPTZ, DATE, TIME, TIMETZ, JSON, BYTES, ENUM
	}

	static final ScalarCodec INT = new ScalarCodec(Kind.INT, "int4", null);

	static final ScalarCodec BIGINT = new ScalarCodec(Kind.BIGINT, "int8", null);

	static final ScalarCodec FLOAT = new ScalarCodec(Kind.FLOAT, "float8", null);

	static final ScalarCodec DECIMAL = new ScalarCodec(Kind.DECIMAL, "numeric", null);

	static final ScalarCodec BOOLEAN = new ScalarCodec(Kind.BOOLEAN, "bool", null);

	static final ScalarCodec TEXT = new ScalarCodec(Kind.TEXT, "text", null);

	static final ScalarCodec JSONB = new ScalarCodec(Kind.JSON, "jsonb", null);

	private final Kind kind;

	private final String castType;

	private final EnumType enumType;

	private ScalarCodec(Kind kind, String castType, EnumType enumType) {
		this.kind = kind;
		this.castType = castType;
		this.enumType = enumType;
	}

	/**
	 * @param field a scalar or enum field
	 * @param enumType its enum, for enum fields
	 * @return the codec of one of its values, or {@code null} for {@code Unsupported} types
	 */
	static ScalarCodec of(ScalarField field, EnumType enumType) {
		if (field.kind() == ScalarField.Kind.ENUM) {
			return new ScalarCodec(Kind.ENUM, Identifiers.qualified(enumType.schema(), enumType.databaseName()) ,
					enumType);
		}
		ScalarType type = field.scalarType();
		if (type == null) {
			return null;
		}
		String nativeName = (field.nativeType() != null) ? field.nativeType().name() : null;
		switch (type) {
			case INT:
				return INT;
			case BIG_INT:
				return BIGINT;
			case FLOAT:
				return FLOAT;
			case DECIMAL:
				return "Money".equals(nativeName) ? new ScalarCodec(Kind.MONEY, "money", null) : DECIMAL;
			case BOOLEAN:
				return BOOLEAN;
			case STRING:
				return text(field.nativeType());
			case DATE_TIME:
				return dateTime(nativeName);
			case JSON:
				return "Json".equals(nativeName) ? new ScalarCodec(Kind.JSON, "json", null) : JSONB;
			case BYTES:
				return new ScalarCodec(Kind.BYTES, "bytea", null);
			default:
				throw new IllegalStateException("Unknown scalar type " + type);
		}
	}

	private static ScalarCodec text(NativeType nativeType) {
		String name = (nativeType != null) ? nativeType.name() : "Text";
		switch (name) {
			case "Uuid":
				return new ScalarCodec(Kind.TEXT, "uuid", null);
			case "Inet":
				return new ScalarCodec(Kind.TEXT, "inet", null);
			case "Citext":
				return new ScalarCodec(Kind.TEXT, "citext", null);
			case "Xml":
				return new ScalarCodec(Kind.TEXT, "xml", null);
			case "Bit":
			case "VarBit":
				return new ScalarCodec(Kind.TEXT, "varbit", null);
			default:
				return TEXT;
		}
	}

	private static ScalarCodec dateTime(String nativeName) {
		if (nativeName == null) {
			return new ScalarCodec(Kind.TIMESTAMP, "timestamp", null);
		}
		switch (nativeName) {
			case "Timestamptz":
				return new ScalarCodec(Kind.TIMESTAMPTZ, "timestamptz", null);
			case "Date":
				return new ScalarCodec(Kind.DATE, "date", null);
			case "Time":
				return new ScalarCodec(Kind.TIME, "time", null);
			case "Timetz":
				return new ScalarCodec(Kind.TIMETZ, "timetz", null);
			default:
				return new ScalarCodec(Kind.TIMESTAMP, "timestamp", null);
		}
	}

	Kind kind() {
		return this.kind;
	}

	/** @return whether LIKE works on the column without a cast to text */
	boolean isText() {
		return this.kind == Kind.TEXT && this.castType.equals("text");
	}

	boolean isNumeric() {
		switch (this.kind) {
			case INT:
			case BIGINT:
			case FLOAT:
			case DECIMAL:
			case MONEY:
				return true;
			default:
				return false;
		}
	}

	@Override
	public String castType() {
		return this.castType;
	}

	@Override
	public Object normalize(Object value, String field) {
		if (value == null) {
			return null;
		}
		switch (this.kind) {
			case INT:
				return toInt(value, field);
			case BIGINT:
				return toLong(value, field);
			case FLOAT:
				if (value instanceof Number number) {
					return number.doubleValue();
				}
				throw QueryErrors.wrongValue(field, "a Float (Double)", value);
			case DECIMAL:
			case MONEY:
				return toDecimal(value, field);
			case BOOLEAN:
				if (value instanceof Boolean) {
					return value;
				}
				throw QueryErrors.wrongValue(field, "a Boolean", value);
			case TEXT:
				if (value instanceof String || value instanceof UUID || value instanceof Character) {
					return value.toString();
				}
				throw QueryErrors.wrongValue(field, "a String", value);
			case TIMESTAMP:
			case TIMESTAMPTZ:
			case DATE:
			case TIME:
			case TIMETZ:
				return toInstant(value, field);
			case JSON:
				return JsonWriter.toJson(value, field);
			case BYTES:
				if (value instanceof byte[]) {
					return value;
				}
				if (value instanceof ByteBuffer buffer) {
					byte[] bytes = new byte[buffer.remaining()];
					buffer.duplicate().get(bytes);
					return bytes;
				}
				throw QueryErrors.wrongValue(field, "Bytes (byte[])", value);
			case ENUM:
				String name = (value instanceof Enum<?> constant) ? constant.name() : (value instanceof String string) ? string : null;
				if (name != null && this.enumType.values().stream().anyMatch((v) -> v.name().equals(name))) {
					return name;
				}
				throw QueryErrors.wrongValue(field, "a value of enum " + this.enumType.name() + " "
						+ this.enumType.values().stream().map(EnumType.Value::name).toList(), value);
			default:
				throw new IllegalStateException(this.kind.name());
		}
	}

	private static Integer toInt(Object value, String field) {
		try {
			if (value instanceof Integer integer) {
				return integer;
			}
			if (value instanceof Short || value instanceof Byte || value instanceof Long) {
				return Math.toIntExact(((Number) value).longValue());
			}
			if (value instanceof BigInteger big) {
				return big.intValueExact();
			}
			if (value instanceof BigDecimal decimal) {
				return decimal.intValueExact();
			}
			if (isWholeNumber(value)) {
				return new BigDecimal(((Number) value).doubleValue()).intValueExact();
			}
		}
		catch (ArithmeticException ex) {
			throw QueryErrors.wrongValue(field, "an Int (32 bits)", value);
		}
		throw QueryErrors.wrongValue(field, "an Int", value);
	}

	// Infinity equals its own rint but has no BigDecimal: not a whole number here.
	private static boolean isWholeNumber(Object value) {
		if (!(value instanceof Double || value instanceof Float)) {
			return false;
		}
		double number = ((Number) value).doubleValue();
		return Double.isFinite(number) && number == Math.rint(number);
	}

	private static Long toLong(Object value, String field) {
		try {
			if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
				return ((Number) value).longValue();
			}
			if (value instanceof BigInteger big) {
				return big.longValueExact();
			}
			if (value instanceof BigDecimal decimal) {
				return decimal.longValueExact();
			}
			if (isWholeNumber(value)) {
				return new BigDecimal(((Number) value).doubleValue()).longValueExact();
			}
		}
		catch (ArithmeticException ex) {
			throw QueryErrors.wrongValue(field, "a BigInt (64 bits)", value);
		}
		throw QueryErrors.wrongValue(field, "a BigInt (Long)", value);
	}

	private static BigDecimal toDecimal(Object value, String field) {
		try {
			if (value instanceof BigDecimal decimal) {
				return decimal;
			}
			if (value instanceof BigInteger big) {
				return new BigDecimal(big);
			}
			if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
				return BigDecimal.valueOf(((Number) value).longValue());
			}
			if (value instanceof Double || value instanceof Float) {
				return BigDecimal.valueOf(((Number) value).doubleValue());
			}
			if (value instanceof String text) {
				return new BigDecimal(text);
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the error below
		}
		throw QueryErrors.wrongValue(field, "a Decimal (BigDecimal)", value);
	}

	static Instant toInstant(Object value, String field) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.toInstant();
		}
		if (value instanceof ZonedDateTime dateTime) {
			return dateTime.toInstant();
		}
		if (value instanceof LocalDateTime dateTime) {
			return dateTime.toInstant(ZoneOffset.UTC);
		}
		if (value instanceof LocalDate date) {
			return date.atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		if (value instanceof java.util.Date date) {
			return date.toInstant();
		}
		if (value instanceof String text) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException ex) {
				// not an ISO date-time with offset
			}
			try {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		throw QueryErrors.wrongValue(field, "a DateTime (Instant, OffsetDateTime or ISO-8601 text)", value);
	}

	@Override
	public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
			return;
		}
		switch (this.kind) {
			case INT -> statement.setInt(index, (Integer) value);
			case BIGINT -> statement.setLong(index, ((Number) value).longValue());
			case FLOAT -> statement.setDouble(index, (Double) value);
			case DECIMAL, MONEY -> statement.setBigDecimal(index, (BigDecimal) value);
			case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
			case TEXT -> statement.setString(index, (String) value);
			case TIMESTAMP -> statement.setObject(index, utc((Instant) value));
			case TIMESTAMPTZ -> statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
			case DATE -> statement.setObject(index, LocalDate.ofInstant((Instant) value, ZoneOffset.UTC));
			case TIME -> statement.setObject(index, LocalTime.ofInstant((Instant) value, ZoneOffset.UTC));
			case TIMETZ -> statement.setString(index, OffsetTime.ofInstant((Instant) value, ZoneOffset.UTC).toString());
			case JSON -> statement.setString(index, ((Json) value).text());
			case BYTES -> statement.setBytes(index, (byte[]) value);
			case ENUM -> statement.setString(index, this.enumType.databaseValue((String) value));
			default -> throw new IllegalStateException(this.kind.name());
		}
	}

	// The same as LocalDateTime.ofInstant(instant, UTC), without the zone rules that makes each time.
	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
	}

	/** @return the value as PostgreSQL's text input reads it, for elements of bound arrays */
	String toText(Object value) {
		switch (this.kind) {
			case DECIMAL:
			case MONEY:
				return ((BigDecimal) value).toPlainString();
			case TIMESTAMP:
				return utc((Instant) value).toString();
			case TIMESTAMPTZ:
				return OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC).toString();
			case DATE:
				return LocalDate.ofInstant((Instant) value, ZoneOffset.UTC).toString();
			case TIME:
				return LocalTime.ofInstant((Instant) value, ZoneOffset.UTC).toString();
			case TIMETZ:
				return OffsetTime.ofInstant((Instant) value, ZoneOffset.UTC).toString();
			case JSON:
				return ((Json) value).text();
			case BYTES:
				return "\\x" + HexFormat.of().formatHex((byte[]) value);
			case ENUM:
				return this.enumType.databaseValue((String) value);
			default:
				return value.toString();
		}
	}

	@Override
	public Object read(ResultSet result, int index) throws SQLException {
		Object value;
		switch (this.kind) {
			case INT -> value = result.getInt(index);
			case BIGINT -> value = result.getLong(index);
			case FLOAT -> value = result.getDouble(index);
			case DECIMAL, MONEY -> value = result.getBigDecimal(index);
			case BOOLEAN -> value = result.getBoolean(index);
			case TEXT -> value = result.getString(index);
			case TIMESTAMP -> {
				LocalDateTime dateTime = result.getObject(index, LocalDateTime.class);
				value = (dateTime != null) ? dateTime.toInstant(ZoneOffset.UTC) : null;
			}
			case TIMESTAMPTZ -> {
				OffsetDateTime dateTime = result.getObject(index, OffsetDateTime.class);
				value = (dateTime != null) ? dateTime.toInstant() : null;
			}
			case DATE -> {
				LocalDate date = result.getObject(index, LocalDate.class);
				value = (date != null) ? date.atStartOfDay(ZoneOffset.UTC).toInstant() : null;
			}
			case TIME -> {
				LocalTime time = result.getObject(index, LocalTime.class);
				value = (time != null) ? LocalDate.EPOCH.atTime(time).toInstant(ZoneOffset.UTC) : null;
			}
			case TIMETZ -> {
				String text = result.getString(index);
				value = (text != null) ? timetz(text) : null;
			}
			case JSON -> {
				String text = result.getString(index);
				value = (text != null) ? new Json(text) : null;
			}
			case BYTES -> value = result.getBytes(index);
			case ENUM -> {
				String text = result.getString(index);
				value = (text != null) ? schemaValue(text) : null;
			}
			default -> throw new IllegalStateException(this.kind.name());
		}
		return result.wasNull() ? null : value;
	}

	@Override
	public Object fromJson(JsonReader reader) {
		if (reader.nextIsNull()) {
			return null;
		}
		switch (this.kind) {
			case INT:
				return Integer.parseInt(reader.readNumber());
			case BIGINT:
				return Long.parseLong(reader.readNumber());
			case FLOAT:
				return Double.parseDouble(reader.readNumber());
			case DECIMAL:
			case MONEY:
				return new BigDecimal(reader.readNumber());
			case BOOLEAN:
				return reader.readBoolean();
			case TEXT:
				return reader.readString();
			case TIMESTAMP:
				return LocalDateTime.parse(reader.readString()).toInstant(ZoneOffset.UTC);
			case TIMESTAMPTZ:
				return OffsetDateTime.parse(reader.readString()).toInstant();
			case DATE:
				return LocalDate.parse(reader.readString()).atStartOfDay(ZoneOffset.UTC).toInstant();
			case TIME:
				return LocalDate.EPOCH.atTime(LocalTime.parse(reader.readString())).toInstant(ZoneOffset.UTC);
			case TIMETZ:
				return timetz(reader.readString());
			case JSON:
				return new Json(reader.readString());
			case BYTES:
				String hex = reader.readString();
				return HexFormat.of().parseHex(hex.startsWith("\\x") ? hex.substring(2) : hex);
			case ENUM:
				return schemaValue(reader.readString());
			default:
				throw new IllegalStateException(this.kind.name());
		}
	}

	/** Reads an element of a list that {@code to_json} wrote: Json elements are JSON values there. */
	Object fromJsonElement(JsonReader reader) {
		if (this.kind == Kind.JSON) {
			return reader.nextIsNull() ? null : new Json(reader.readRaw());
		}
		return fromJson(reader);
	}

	private static Instant timetz(String text) {
		// PostgreSQL writes offsets as +HH, +HH:MM or +HH:MM:SS; java.time wants +HH:MM.
		String normalized = text.matches(".*[+-]\\d\\d$") ? text + ":00" : text;
		return OffsetTime.parse(normalized).atDate(LocalDate.EPOCH).toInstant();
	}

	private String schemaValue(String databaseValue) {
		for (EnumType.Value value : this.enumType.values()) {
			if (value.databaseName().equals(databaseValue)) {
				return value.name();
			}
		}
		return databaseValue;
	}

	@Override
	public String selectExpression(String column) {
		return (this.kind == Kind.MONEY) ? column + "::numeric" : column;
	}

	@Override
	public String jsonExpression(String column) {
		switch (this.kind) {
			case MONEY:
				return column + "::numeric";
			case BYTES:
				return "encode(" + column + ", 'hex')";
			case JSON:
				// As text in a JSON string: a JSON null stays apart from a NULL column, and the text stays as stored.
				return column + "::text";
			default:
				return column;
		}
	}

	@Override
	public String toString() {
		return this.castType;
	}
}
