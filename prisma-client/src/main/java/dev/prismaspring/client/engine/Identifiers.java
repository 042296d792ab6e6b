package dev.prismaspring.client.engine;

/**
 * The one way identifiers reach SQL text: double-quoted with embedded quotes doubled. Every name
 * comes from the validated schema; values never pass through here.
 */
final class Identifiers {

	private Identifiers() {
	}

	static String quote(String name) {
		if (name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("An identifier cannot contain a NUL character");
		}
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	static String qualified(String schema, String name) {
		return (schema != null) ? quote(schema) + "." + quote(name) : quote(name);
	}
}
