package dev.prismaspring.test;

import java.util.regex.Pattern;

/**
 * Masks passwords in text that may end up in a log line or an exception message, such as a
 * command line that carries a connection URL.
 */
final class Redaction {

	private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^:/@\\s]*):[^@\\s]*@");

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&\\s]*");

	private Redaction() {
	}

	static String redact(String text) {
		String masked = USER_INFO_PASSWORD.matcher(text).replaceAll("$1:***@");
		return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
	}

}
