package dev.prismaspring.schema.url;

import java.util.regex.Pattern;

/**
 * Replaces passwords in URL text by {@code ****}, also in text that failed to parse.
 */
final class UrlRedaction {

	static final String MASK = "****";

	private static final Pattern SECRET_ARGUMENT = Pattern.compile("(?i)([?&](?:ssl)?password=)[^&#]*");

	private UrlRedaction() {
	}

	/**
	 * Redacts text of unknown quality. A password with an unencoded {@code /}, {@code ?} or
	 * {@code #} makes a URL parser end the user info too early, so this takes everything from the
	 * first {@code :} after the scheme to the last {@code @} as the password: at worst it hides
	 * too much, never too little.
	 */
	static String redact(String url) {
		String text = url;
		int schemeEnd = text.indexOf("://");
		int start = (schemeEnd >= 0) ? schemeEnd + 3 : 0;
		int at = text.lastIndexOf('@');
		if (at >= start) {
			int colon = text.indexOf(':', start);
			if (colon >= 0 && colon < at) {
				text = text.substring(0, colon + 1) + MASK + text.substring(at);
			}
		}
		return redactSecretArguments(text);
	}

	/**
	 * Redacts a URL whose password is known to sit between {@code from} and {@code to}.
	 */
	static String redact(String url, int from, int to) {
		return redactSecretArguments(url.substring(0, from) + MASK + url.substring(to));
	}

	static String redactSecretArguments(String url) {
		return SECRET_ARGUMENT.matcher(url).replaceAll("$1" + MASK);
	}
}
