package dev.prismaspring.client.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The identifiers Prisma generates on the client for {@code @default(uuid())}, {@code uuid(7)},
 * {@code cuid()}, {@code cuid(2)}, {@code nanoid()} and {@code ulid()}.
 */
final class IdGenerators {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

	private static final String NANOID_ALPHABET = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";

	private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final AtomicInteger COUNTER = new AtomicInteger(RANDOM.nextInt(36 * 36 * 36 * 36));

	private static final String FINGERPRINT = fingerprint();

	private IdGenerators() {
	}

	/** @return a random (version 4) UUID */
	static String uuid4() {
		return UUID.randomUUID().toString();
	}

	/** @return a time-ordered (version 7) UUID: 48 bits of Unix milliseconds, then random bits */
	static String uuid7() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		long millis = System.currentTimeMillis();
		for (int i = 0; i < 6; i++) {
			bytes[i] = (byte) (millis >>> (40 - 8 * i));
		}
		bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x70);
		bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
		long high = 0;
		long low = 0;
		for (int i = 0; i < 8; i++) {
			high = (high << 8) | (bytes[i] & 0xff);
			low = (low << 8) | (bytes[i + 8] & 0xff);
		}
		return new UUID(high, low).toString();
	}

	/** @return a CUID (version 1): {@code c}, time, counter, fingerprint and randomness in base 36, 25 characters */
	static String cuid() {
		return "c" + pad(Long.toString(System.currentTimeMillis(), 36), 8)
				+ pad(Integer.toString(COUNTER.getAndUpdate((n) -> (n + 1) % (36 * 36 * 36 * 36)), 36), 4) + FINGERPRINT
				+ randomBase36(8);
	}

	/** @return a CUID2: a letter, then a SHA3 hash of time, randomness, a counter and a fingerprint in base 36, 24 characters */
	static String cuid2() {
		String input = Long.toString(System.currentTimeMillis(), 36) + randomBase36(24) + COUNTER.incrementAndGet()
				+ FINGERPRINT;
		try {
			byte[] hash = MessageDigest.getInstance("SHA3-512").digest(input.getBytes(StandardCharsets.UTF_8));
			String hashed = new java.math.BigInteger(1, hash).toString(36);
			char first = BASE36.charAt(10 + RANDOM.nextInt(26));
			return first + hashed.substring(1, 24);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA3-512 is part of every Java 9+ runtime", ex);
		}
	}

	/** @return a Nano ID of the given length from the URL-safe alphabet */
	static String nanoid(int length) {
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(NANOID_ALPHABET.charAt(RANDOM.nextInt(64)));
		}
		return id.toString();
	}

	/** @return a ULID: 48 bits of Unix milliseconds and 80 random bits in Crockford's base 32, 26 characters */
	static String ulid() {
		long millis = System.currentTimeMillis();
		StringBuilder id = new StringBuilder(26);
		for (int i = 9; i >= 0; i--) {
			id.append(CROCKFORD.charAt((int) ((millis >>> (5 * i)) & 31)));
		}
		for (int i = 0; i < 16; i++) {
			id.append(CROCKFORD.charAt(RANDOM.nextInt(32)));
		}
		return id.toString();
	}

	private static String randomBase36(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(BASE36.charAt(RANDOM.nextInt(36)));
		}
		return text.toString();
	}

	private static String fingerprint() {
		// The process id and a random part chosen once per process tell concurrent generators apart.
		long pid = ProcessHandle.current().pid();
		return pad(Long.toString(pid % (36 * 36), 36), 2) + randomBase36(2);
	}

	private static String pad(String text, int length) {
		if (text.length() >= length) {
			return text.substring(text.length() - length);
		}
		return "0".repeat(length - text.length()) + text;
	}
}
