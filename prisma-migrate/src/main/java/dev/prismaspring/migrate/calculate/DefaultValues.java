package dev.prismaspring.migrate.calculate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Collectors;

import dev.prismaspring.migrate.sql.ColumnDefault;
import dev.prismaspring.migrate.sql.ColumnType;
import dev.prismaspring.migrate.sql.SqlLiterals;
import dev.prismaspring.schema.model.DefaultValue;
import dev.prismaspring.schema.model.EnumType;
import dev.prismaspring.schema.model.ScalarField;
import dev.prismaspring.schema.model.ScalarType;

/**
 * A field's {@code @default} as the column default Prisma writes, or none: {@code uuid()},
 * {@code cuid()}, {@code nanoid()} and {@code ulid()} are filled in by the client, and
 * {@code autoincrement()} becomes a serial column instead.
 */
final class DefaultValues {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

	private DefaultValues() {
	}

	static ColumnDefault of(ScalarField field, EnumType enumType, ColumnType columnType) {
		DefaultValue value = field.defaultValue();
		if (value == null) {
			return null;
		}
		if (value instanceof DefaultValue.Function function) {
			return switch (function.name()) {
				case "now" -> ColumnDefault.now();
				case "dbgenerated" -> function.arguments().isEmpty() || function.arguments().get(0).isEmpty() ? null
						: ColumnDefault.expression(function.arguments().get(0));
				default -> null;
			};
		}
		if (value instanceof DefaultValue.ListValue list) {
			ColumnType element = new ColumnType(columnType.name(), columnType.arguments(), columnType.kind(),
					columnType.enumNamespace(), false);
			String elements = list.values()
				.stream()
				.map((item) -> literal(item, field.scalarType(), enumType))
				.collect(Collectors.joining(", "));
			return ColumnDefault.value("ARRAY[" + elements + "]::" + element.toSql(false) + "[]");
		}
		return ColumnDefault.value(literal(value, field.scalarType(), enumType));
	}

	private static String literal(DefaultValue value, ScalarType type, EnumType enumType) {
		if (value instanceof DefaultValue.Number number) {
			return number.raw();
		}
		if (value instanceof DefaultValue.Bool bool) {
			return String.valueOf(bool.value());
		}
		if (value instanceof DefaultValue.EnumConstant constant) {
			return SqlLiterals.quote((enumType != null) ? enumType.databaseValue(constant.name()) : constant.name());
		}
		String text = ((DefaultValue.Text) value).value();
		if (type == ScalarType.BYTES) {
			return SqlLiterals.quote("\\x" + HexFormat.of().formatHex(Base64.getDecoder().decode(text)));
		}
		if (type == ScalarType.DATE_TIME) {
			return SqlLiterals.quote(timestamp(text));
		}
		return SqlLiterals.quote(text);
	}

	private static String timestamp(String text) {
		try {
			OffsetDateTime time = OffsetDateTime.parse(text);
			int nanos = time.getNano();
			String fraction = (nanos == 0) ? ""
					: (nanos % 1_000_000 == 0) ? String.format(".%03d", nanos / 1_000_000)
							: (nanos % 1_000 == 0) ? String.format(".%06d", nanos / 1_000) : String.format(".%09d", nanos);
			return SECONDS.format(time) + fraction + " " + OFFSET.format(time);
		}
		catch (RuntimeException ex) {
			return text;
		}
	}
}
