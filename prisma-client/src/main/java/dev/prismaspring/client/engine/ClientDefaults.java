package dev.prismaspring.client.engine;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dev.prismaspring.schema.model.DefaultValue;

/**
 * The values Prisma fills in on the client: {@code @updatedAt} (now, on create and update) and
 * the generated identifiers of {@code @default(uuid() | cuid() | nanoid() | ulid())}. Other
 * defaults ({@code now()}, {@code autoincrement()}, {@code dbgenerated()}, literals) are the
 * database's column defaults.
 */
final class ClientDefaults {

	private ClientDefaults() {
	}

	/** Adds the generated values a create leaves out. */
	static void forCreate(ModelInfo model, Map<String, Object> values, Instant now) {
		for (FieldInfo field : model.fields()) {
			if (!values.containsKey(field.name())) {
				Object value = onCreate(field, now);
				if (value != null) {
					values.put(field.name(), value);
				}
			}
		}
	}

	/**
	 * @return the value the client writes to the field when a create leaves it out: now for
	 * {@code @updatedAt}, a new identifier for a generated one; {@code null} when the database's
	 * default (or NULL) applies
	 */
	static Object onCreate(FieldInfo field, Instant now) {
		return field.field().updatedAt() ? now : generated(field);
	}

	/** Adds {@code @updatedAt} fields an update leaves out. */
	static void forUpdate(ModelInfo model, Map<String, Object> assignments, Instant now) {
		for (FieldInfo field : model.fields()) {
			if (field.field().updatedAt() && !assignments.containsKey(field.name())) {
				assignments.put(field.name(), now);
			}
		}
	}

	/** @return the time written to {@code @updatedAt} fields, at the database's microsecond precision */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	private static Object generated(FieldInfo field) {
		if (!(field.field().defaultValue() instanceof DefaultValue.Function function) || field.isList()) {
			return null;
		}
		String argument = function.arguments().isEmpty() ? null : function.arguments().get(0);
		switch (function.name()) {
			case "uuid":
				return "7".equals(argument) ? IdGenerators.uuid7() : IdGenerators.uuid4();
			case "cuid":
				return "2".equals(argument) ? IdGenerators.cuid2() : IdGenerators.cuid();
			case "nanoid":
				return IdGenerators.nanoid((argument != null) ? Integer.parseInt(argument) : 21);
			case "ulid":
				return IdGenerators.ulid();
			default:
				return null;
		}
	}
}
