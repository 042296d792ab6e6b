package dev.prismaspring.schema.validate;

import java.util.List;

/** Prisma's built-in scalar types. */
final class ScalarTypes {

	static final List<String> NAMES = List.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime",
			"Json", "Bytes");

	private ScalarTypes() {
	}

	static boolean isScalar(String name) {
		return NAMES.contains(name);
	}
}
