package dev.prismaspring.schema.validate;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.StringLiteral;

/** The names things get in the database: {@code @map} and {@code @@map}, else the schema's names. */
final class DatabaseNames {

	// PostgreSQL's identifier limit, to which Prisma cuts the names it derives.
	private static final int MAX_LENGTH = 63;

	private DatabaseNames() {
	}

	static String table(Block model) {
		return mapped(model.attributes().stream()
			.filter((attribute) -> attribute.name().equals("map"))
			.map(BlockAttribute::attribute)
			.findFirst()
			.orElse(null), model.name().name());
	}

	static String column(Field field) {
		return mapped(field.attribute("map"), field.name().name());
	}

	/** @return the {@code @map}/{@code @@map} name, or the fallback */
	static String mapped(Attribute map, String fallback) {
		if (map != null) {
			for (int i = 0; i < map.argumentList().size(); i++) {
				Argument argument = map.argumentList().get(i);
				boolean name = argument.isNamed() ? argument.name().name().equals("name") : i == 0;
				if (name && argument.value() instanceof StringLiteral literal) {
					return literal.value();
				}
			}
		}
		return fallback;
	}

	/** @return the name Prisma derives: the stem, cut to fit the identifier limit, then the suffix */
	static String derived(String stem, String suffix) {
		int room = MAX_LENGTH - suffix.length() - 1;
		return ((stem.length() > room) ? stem.substring(0, room) : stem) + "_" + suffix;
	}

	/** @return the {@code @@schema} of a model or enum, or {@code null} */
	static String schema(Block block) {
		for (BlockAttribute attribute : block.attributes()) {
			if (attribute.name().equals("schema")) {
				return mapped(attribute.attribute(), null);
			}
		}
		return null;
	}
}
