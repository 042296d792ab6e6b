package dev.prismaspring.migrate.pull;

import java.util.regex.Pattern;

/** Database names as schema identifiers: kept when valid, otherwise made valid (and then mapped). */
final class Names {

	private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private Names() {
	}

	static boolean isValid(String name) {
		return VALID.matcher(name).matches();
	}

	static String identifier(String name) {
		if (isValid(name)) {
			return name;
		}
		StringBuilder result = new StringBuilder();
		for (char c : name.toCharArray()) {
			result.append((Character.isLetterOrDigit(c) && c < 128) || c == '_' ? c : '_');
		}
		String text = result.toString().replaceAll("^_+", "");
		if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
			text = "M" + text;
		}
		return text;
	}

	static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
	}
}
