package dev.prismaspring.schema.validate;

import java.time.YearMonth;

/**
 * Reads an RFC 3339 date-time ({@code 2020-01-01T00:00:00Z}) only to say whether it is valid and,
 * if not, why, in the words Prisma's engine (chrono) uses.
 */
final class DateTimeSyntax {

	private static final String PREMATURE = "premature end of input";

	private static final String INVALID = "input contains invalid characters";

	private static final String OUT_OF_RANGE = "input is out of range";

	private DateTimeSyntax() {
	}

	/** @return the error, or {@code null} when the text is a valid date-time */
	static String error(String text) {
		// Shape: digits, separators and a time zone; D stands for a digit.
		String shape = "DDDD-DD-DDTDD:DD:DD";
		int i = 0;
		for (; i < shape.length(); i++) {
			if (i >= text.length()) {
				return PREMATURE;
			}
			char expected = shape.charAt(i);
			char c = text.charAt(i);
			boolean fits = (expected == 'D') ? Character.isDigit(c)
					: (expected == 'T') ? (c == 'T' || c == 't' || c == ' ') : c == expected;
			if (!fits) {
				return INVALID;
			}
		}
		if (i < text.length() && text.charAt(i) == '.') {
			i++;
			int digits = 0;
			while (i < text.length() && Character.isDigit(text.charAt(i))) {
				i++;
				digits++;
			}
			if (digits == 0) {
				return (i >= text.length()) ? PREMATURE : INVALID;
			}
		}
		if (i >= text.length()) {
			return PREMATURE;
		}
		char zone = text.charAt(i++);
		if (zone == '+' || zone == '-') {
			String offset = "DD:DD";
			for (int j = 0; j < offset.length(); j++, i++) {
				if (i >= text.length()) {
					return PREMATURE;
				}
				char c = text.charAt(i);
				if ((offset.charAt(j) == 'D') ? !Character.isDigit(c) : c != ':') {
					return INVALID;
				}
			}
		}
		else if (zone != 'Z' && zone != 'z') {
			return INVALID;
		}
		int month = number(text, 5, 7);
		int day = number(text, 8, 10);
		if (month < 1 || month > 12 || day < 1 || day > 31 || number(text, 11, 13) > 23 || number(text, 14, 16) > 59
				|| number(text, 17, 19) > 60) {
			return OUT_OF_RANGE;
		}
		if (i < text.length()) {
			return "trailing input";
		}
		int year = number(text, 0, 4);
		if (day > YearMonth.of(year, month).lengthOfMonth()) {
			return "no possible date and time matching input";
		}
		return null;
	}

	private static int number(String text, int start, int end) {
		return Integer.parseInt(text.substring(start, end));
	}
}
