package dev.prismaspring.codegen;

import dev.prismaspring.schema.model.ScalarType;

/** How a scalar type appears in generated Java: its type, filter, row reader and converter. */
enum ScalarKind {

	INT("java.lang.Integer", "NumberFilter", "numberField", "integer", "toInteger", true, true),

	BIG_INT("java.lang.Long", "NumberFilter", "numberField", "bigInt", "toLong", true, true),

	FLOAT("java.lang.Double", "NumberFilter", "numberField", "floating", "toDouble", true, true),

	DECIMAL("java.math.BigDecimal", "NumberFilter", "numberField", "decimal", "toDecimal", true, true),

	BOOLEAN("java.lang.Boolean", "BooleanFilter", "booleanField", "bool", "toBoolean", false, true),

	STRING("java.lang.String", "StringFilter", "stringField", "string", "toText", false, true),

	DATE_TIME("java.time.Instant", "DateTimeFilter", "dateTimeField", "dateTime", "toInstant", false, true),

	JSON("dev.prismaspring.client.Json", "JsonFilter", "jsonField", "json", "toJson", false, false),

	BYTES("byte[]", "BytesFilter", "bytesField", "bytes", "toBytes", false, true),

	ENUM(null, "EnumFilter", "enumField", "enumValue", "toEnum", false, true);

	private final String javaType;

	private final String filter;

	private final String filterFactory;

	private final String reader;

	private final String converter;

	private final boolean numeric;

	private final boolean sortable;

	ScalarKind(String javaType, String filter, String filterFactory, String reader, String converter, boolean numeric,
			boolean sortable) {
		this.javaType = javaType;
		this.filter = filter;
		this.filterFactory = filterFactory;
		this.reader = reader;
		this.converter = converter;
		this.numeric = numeric;
		this.sortable = sortable;
	}

	static ScalarKind of(ScalarType type) {
		switch (type) {
			case INT:
				return INT;
			case BIG_INT:
				return BIG_INT;
			case FLOAT:
				return FLOAT;
			case DECIMAL:
				return DECIMAL;
			case BOOLEAN:
				return BOOLEAN;
			case STRING:
				return STRING;
			case DATE_TIME:
				return DATE_TIME;
			case JSON:
				return JSON;
			case BYTES:
				return BYTES;
			default:
				throw new IllegalArgumentException("Unknown scalar type " + type);
		}
	}

	/** @return the Java type's qualified name ({@code byte[]} for Bytes), {@code null} for enums */
	String javaType() {
		return this.javaType;
	}

	/** @return the filter class's simple name in the builder package */
	String filter() {
		return this.filter;
	}

	/** @return the WhereBuilder method that makes the filter */
	String filterFactory() {
		return this.filterFactory;
	}

	/** @return the RowValues method that reads a field */
	String reader() {
		return this.reader;
	}

	/** @return the RowValues method that converts one value */
	String converter() {
		return this.converter;
	}

	/** @return whether updates offer atomic operations and the filter takes the Java type as a parameter */
	boolean numeric() {
		return this.numeric;
	}

	/** @return whether Prisma sorts by it */
	boolean sortable() {
		return this.sortable;
	}
}
