package dev.prismaspring.schema.model;

/** Prisma's built-in scalar types. */
public enum ScalarType {

	STRING("String"), BOOLEAN("Boolean"), INT("Int"), BIG_INT("BigInt"), FLOAT("Float"), DECIMAL("Decimal"),
	DATE_TIME("DateTime"), JSON("Json"), BYTES("Bytes");

	private final String schemaName;

	ScalarType(String schemaName) {
		this.schemaName = schemaName;
	}

	/** @return the name in the schema, e.g. {@code DateTime} */
	public String schemaName() {
		return this.schemaName;
	}

	/**
	 * @param name a type name as written in the schema
	 * @return the scalar type, or {@code null} when the name is not a scalar's
	 */
	public static ScalarType fromSchemaName(String name) {
		for (ScalarType type : values()) {
			if (type.schemaName.equals(name)) {
				return type;
			}
		}
		return null;
	}
}
