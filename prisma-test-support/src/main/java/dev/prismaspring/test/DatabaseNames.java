package dev.prismaspring.test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Names for test databases: {@code t_<shortclassname>_<random>}, lower case, only
 * {@code [a-z0-9_]}, at most 63 bytes (PostgreSQL's identifier limit), so a reader of
 * {@code \l} can tell which test class left a database behind.
 */
final class DatabaseNames {

	static final int MAX_IDENTIFIER_BYTES = 63;

	private static final int RANDOM_LENGTH = 10;

	private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

	private static final SecureRandom random = new SecureRandom();

	private DatabaseNames() {
	}

	static String forLabel(String label) {
		String safe = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_");
		safe = safe.replaceAll("^_|_$", "");
		if (safe.isEmpty()) {
			safe = "db";
		}
		int room = MAX_IDENTIFIER_BYTES - "t_".length() - "_".length() - RANDOM_LENGTH;
		if (safe.length() > room) {
			safe = safe.substring(0, room);
		}
		return "t_" + safe + "_" + randomSuffix();
	}

	static String forClass(Class<?> testClass) {
		return forLabel(testClass.getSimpleName());
	}

	private static String randomSuffix() {
		char[] suffix = new char[RANDOM_LENGTH];
		for (int i = 0; i < suffix.length; i++) {
			suffix[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return new String(suffix);
	}

	/** Quotes an identifier for SQL, doubling embedded quotes; the names above never need it, callers' may. */
	static String quote(String identifier) {
		if (identifier.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
			throw new IllegalArgumentException("Identifier longer than " + MAX_IDENTIFIER_BYTES + " bytes: " + identifier);
		}
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
