package dev.prismaspring.migrate.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.prismaspring.migrate.sql.ColumnDefault;
import dev.prismaspring.migrate.sql.SqlLiterals;

/**
 * Whether two column defaults mean the same: the one we would write ({@code 'x'}, {@code 5},
 * {@code ARRAY['a']::TEXT[]}) and the one the database prints ({@code 'x'::text}, {@code 5},
 * {@code ARRAY['a'::text]}) are compared as values, casts and parentheses aside. Two
 * {@code dbgenerated} expressions are taken as equal, as Prisma takes them: the database rewrites
 * expressions in ways a migration tool cannot undo.
 */
final class DefaultComparison {

	private static final Set<String> NUMERIC_TYPES = Set.of("integer", "bigint", "smallint", "numeric", "real",
			"double precision", "int", "int4", "int8", "int2", "float4", "float8", "decimal");

	private DefaultComparison() {
	}

	static boolean same(ColumnDefault a, ColumnDefault b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (a.kind() == ColumnDefault.Kind.EXPRESSION && b.kind() == ColumnDefault.Kind.EXPRESSION) {
			return true;
		}
		if (a.kind() == ColumnDefault.Kind.NOW || b.kind() == ColumnDefault.Kind.NOW) {
			return a.kind() == b.kind();
		}
		return canonical(a.sql()).equals(canonical(b.sql()));
	}

	/** @return a form of the literal without casts, in which equal values are equal strings */
	static String canonical(String sql) {
		String text = unwrap(sql.trim());
		if (text.regionMatches(true, 0, "ARRAY[", 0, 6)) {
			int close = SqlLiterals.matchingBracket(text, 5);
			List<String> elements = new ArrayList<>();
			for (String element : SqlLiterals.splitTopLevel(text.substring(6, close))) {
				if (!element.isBlank()) {
					elements.add(canonical(element));
				}
			}
			return elements.toString();
		}
		if (text.startsWith("'")) {
			int end = SqlLiterals.closingQuote(text);
			String content = text.substring(1, end).replace("''", "'");
			String cast = text.substring(end + 1).trim();
			if (cast.endsWith("[]") && content.startsWith("{") && content.endsWith("}")) {
				String inner = content.substring(1, content.length() - 1);
				return inner.isEmpty() ? "[]" : "{" + inner + "}";
			}
			if (isNumericCast(cast) && isNumber(content)) {
				return "n:" + new BigDecimal(content.trim()).stripTrailingZeros().toPlainString();
			}
			return "s:" + content;
		}
		String withoutCast = stripCasts(text);
		if (isNumber(withoutCast)) {
			return "n:" + new BigDecimal(withoutCast).stripTrailingZeros().toPlainString();
		}
		return withoutCast.toLowerCase(Locale.ROOT);
	}

	private static String unwrap(String text) {
		String result = text;
		while (result.startsWith("(") && matchingParen(result) == result.length() - 1) {
			result = result.substring(1, result.length() - 1).trim();
		}
		return result;
	}

	private static int matchingParen(String text) {
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static String stripCasts(String text) {
		int cast = text.indexOf("::");
		return unwrap((cast >= 0) ? text.substring(0, cast).trim() : text);
	}

	private static boolean isNumericCast(String cast) {
		String type = cast.replace("::", " ").trim().toLowerCase(Locale.ROOT);
		int paren = type.indexOf('(');
		return NUMERIC_TYPES.contains((paren >= 0) ? type.substring(0, paren).trim() : type);
	}

	private static boolean isNumber(String text) {
		try {
			new BigDecimal(text.trim());
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}
}
