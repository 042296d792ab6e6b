package dev.prismaspring.migrate.folder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksums Prisma stores for migration scripts: SHA-256 of the script's UTF-8 bytes as 64
 * lower-case hex digits. A stored checksum matches a script when it matches the script as it is,
 * with CRLF line ends made LF, or with LF made CRLF, so that a checkout on Windows does not look
 * edited. Very old Prisma versions stored the hex digits without zero padding; those are
 * recognised too.
 */
public final class Checksums {

	private static final int LENGTH = 64;

	private Checksums() {
	}

	/**
	 * @param script a migration script
	 * @return its checksum, as Prisma writes it
	 */
	public static String of(String script) {
		return HexFormat.of().formatHex(sha256(script));
	}

	/**
	 * @param script a migration script as it is on disk now
	 * @param stored the checksum recorded when it was applied
	 * @return whether the script is the one that was applied, ignoring line-end style
	 */
	public static boolean matches(String script, String stored) {
		if (stored == null) {
			return false;
		}
		return matchesExactly(script, stored) || matchesExactly(script.replace("\r\n", "\n"), stored)
				|| matchesExactly(script.replace("\n", "\r\n"), stored);
	}

	private static boolean matchesExactly(String script, String stored) {
		byte[] digest = sha256(script);
		if (stored.isEmpty() || stored.length() == LENGTH) {
			return HexFormat.of().formatHex(digest).equals(stored);
		}
		StringBuilder unpadded = new StringBuilder(LENGTH);
		for (byte b : digest) {
			unpadded.append(Integer.toHexString(b & 0xff));
		}
		return unpadded.toString().equals(stored);
	}

	private static byte[] sha256(String script) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
