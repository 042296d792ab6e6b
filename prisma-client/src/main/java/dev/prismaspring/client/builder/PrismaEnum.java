package dev.prismaspring.client.builder;

/**
 * An enum generated from a schema's {@code enum} block. The engine reads and writes enum values by
 * their schema names, which differ from the Java constant's name when that one had to be escaped
 * (a value {@code public} becomes the constant {@code public_}).
 */
public interface PrismaEnum {

	/** @return the value's name in the schema */
	default String schemaName() {
		return ((Enum<?>) this).name();
	}

	/**
	 * @param <E> the enum
	 * @param type the enum's class
	 * @param schemaName a value's name in the schema
	 * @return the constant
	 * @throws IllegalArgumentException when the enum has no such value (the database holds a value
	 * the schema does not know: regenerate the client)
	 */
	static <E extends Enum<E> & PrismaEnum> E fromSchemaName(Class<E> type, String schemaName) {
		for (E constant : type.getEnumConstants()) {
			if (constant.schemaName().equals(schemaName)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("The enum " + type.getSimpleName() + " has no value `" + schemaName
				+ "`: the database holds a value the generated client does not know. Regenerate the client.");
	}
}
