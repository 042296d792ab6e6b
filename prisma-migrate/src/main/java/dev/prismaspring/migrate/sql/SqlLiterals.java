package dev.prismaspring.migrate.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading SQL literals as PostgreSQL prints column defaults: {@code 'it''s'::text},
 * {@code ARRAY['a'::text, 'b'::text]}. Quotes are skipped over wherever brackets and commas are
 * looked for.
 */
public final class SqlLiterals {

	private SqlLiterals() {
	}

	/**
	 * @param text any text
	 * @return it as an SQL string literal, single quotes doubled: {@code it's} becomes {@code 'it''s'}
	 */
	public static String quote(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	/**
	 * @param text any text
	 * @return it as a dollar-quoted string literal whose tag the text does not contain, so that no
	 * character of it (quotes, backslashes) is read as anything but text, whatever the session's
	 * {@code standard_conforming_strings}
	 */
	public static String dollarQuote(String text) {
		String tag = "$q$";
		for (int n = 0; text.contains(tag); n++) {
			tag = "$q" + n + "$";
		}
		return tag + text + tag;
	}

	/**
	 * @param text text that starts with a single quote
	 * @return the position of the quote that closes it ({@code ''} inside counts as a quote character)
	 */
	public static int closingQuote(String text) {
		int i = 1;
		while (i < text.length()) {
			if (text.charAt(i) == '\'') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
					i += 2;
					continue;
				}
				return i;
			}
			i++;
		}
		return text.length() - 1;
	}

	/**
	 * @param text SQL text
	 * @param open the position of an opening {@code [}
	 * @return the position of the {@code ]} that closes it, or the last position when none does
	 */
	public static int matchingBracket(String text, int open) {
		int depth = 0;
		boolean quoted = false;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '[') {
				depth++;
			}
			else if (!quoted && c == ']' && --depth == 0) {
				return i;
			}
		}
		return text.length() - 1;
	}

	/**
	 * @param text a comma-separated list, e.g. the inside of {@code ARRAY[...]}
	 * @return its elements, trimmed, split only at commas outside quotes, parentheses and brackets
	 */
	public static List<String> splitTopLevel(String text) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '(' || c == '[')) {
				depth++;
			}
			else if (!quoted && (c == ')' || c == ']')) {
				depth--;
			}
			else if (!quoted && depth == 0 && c == ',') {
				parts.add(text.substring(start, i).trim());
				start = i + 1;
			}
		}
		parts.add(text.substring(start).trim());
		return parts;
	}
}
