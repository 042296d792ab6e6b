package dev.prismaspring.migrate.pull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import dev.prismaspring.migrate.sql.ColumnDefault;
import dev.prismaspring.migrate.sql.SqlLiterals;

/** A column default as the database prints it, written as a field's {@code @default(...)} argument. */
final class DefaultWriter {

	private DefaultWriter() {
	}

	/**
	 * @param value the default
	 * @param scalar the field's Prisma type, or {@code null} for enums
	 * @param enumType whether the field is an enum
	 * @return the argument of {@code @default}
	 */
	static String write(ColumnDefault value, String scalar, boolean enumType) {
		if (value.kind() == ColumnDefault.Kind.NOW) {
			return "now()";
		}
		if (value.kind() == ColumnDefault.Kind.VALUE) {
			Object literal = parse(value.sql().trim());
			if (literal != null) {
				String written = write(literal, scalar, enumType);
				if (written != null) {
					return written;
				}
			}
		}
		return "dbgenerated(" + Names.quoted(value.sql()) + ")";
	}

	private static String write(Object literal, String scalar, boolean enumType) {
		if (literal instanceof List<?> list) {
			List<String> elements = new ArrayList<>();
			for (Object element : list) {
				String written = write(element, scalar, enumType);
				if (written == null) {
					return null;
				}
				elements.add(written);
			}
			return elements.stream().collect(Collectors.joining(", ", "[", "]"));
		}
		String text = literal.toString();
		if (enumType) {
			return Names.isValid(text) ? text : null;
		}
		return switch (scalar) {
			case "Boolean" -> (text.equals("true") || text.equals("false")) ? text : null;
			case "Int", "BigInt", "Float", "Decimal" -> isNumber(text) ? new BigDecimal(text).toPlainString() : null;
			case "Bytes" -> text.startsWith("\\x")
					? Names.quoted(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(text.substring(2)))) : null;
			case "DateTime" -> dateTime(text);
			default -> Names.quoted(text);
		};
	}

	private static String dateTime(String text) {
		String iso = text.trim().replace(' ', 'T');
		int offset = Math.max(iso.lastIndexOf('+'), iso.indexOf('-', 10) > 0 ? iso.lastIndexOf('-') : -1);
		if (offset <= 10) {
			iso = iso + "+00:00";
		}
		else if (iso.charAt(offset - 1) == 'T') {
			iso = iso.substring(0, offset - 1) + iso.substring(offset);
		}
		try {
			java.time.OffsetDateTime.parse(iso);
			return Names.quoted(iso);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static boolean isNumber(String text) {
		try {
			new BigDecimal(text);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	// A literal without its casts: a String, a Boolean, a number as a String, or a List of them; null if not a literal.
	static Object parse(String sql) {
		String text = sql;
		while (text.startsWith("(") && text.endsWith(")")) {
			text = text.substring(1, text.length() - 1).trim();
		}
		if (text.startsWith("ARRAY[")) {
			int close = SqlLiterals.matchingBracket(text, 5);
			List<Object> values = new ArrayList<>();
			for (String part : SqlLiterals.splitTopLevel(text.substring(6, close))) {
				if (part.isBlank()) {
					continue;
				}
				Object value = parse(part.trim());
				if (value == null) {
					return null;
				}
				values.add(value);
			}
			return values;
		}
		if (text.startsWith("'")) {
			int end = SqlLiterals.closingQuote(text);
			String content = text.substring(1, end).replace("''", "'");
			String cast = text.substring(end + 1).trim();
			if (cast.endsWith("[]") && content.startsWith("{") && content.endsWith("}")) {
				return content.length() == 2 ? List.of() : null;
			}
			return content;
		}
		int cast = text.indexOf("::");
		String bare = (cast >= 0) ? text.substring(0, cast).trim() : text;
		if (bare.equals("true") || bare.equals("false") || isNumber(bare)) {
			return bare;
		}
		return null;
	}
}
