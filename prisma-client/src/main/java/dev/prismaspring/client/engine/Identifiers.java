package dev.prismaspring.client.engine;

/**
 * The one way identifiers reach SQL text: double-quoted with embedded quotes doubled. Every name
 * comes from the validated schema; values never pass through here.
 */
final class Identifiers {

	private Identifiers() {
	}

	// The table aliases statements use (t0 to t9), quoted once: they are quoted in every statement.
	private static final String[] QUOTED_ALIASES = new String[10];

	static {
		for (int i = 0; i < QUOTED_ALIASES.length; i++) {
			QUOTED_ALIASES[i] = "\"t" + i + "\"";
		}
	}

	static String quote(String name) {
		if (name.length() == 2 && name.charAt(0) == 't' && name.charAt(1) >= '0' && name.charAt(1) <= '9') {
			return QUOTED_ALIASES[name.charAt(1) - '0'];
		}
		if (name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("An identifier cannot contain a NUL character");
		}
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	static String qualified(String schema, String name) {
		return (schema != null) ? quote(schema) + "." + quote(name) : quote(name);
	}
}
