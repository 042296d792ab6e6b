package dev.prismaspring.schema.url;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code name=value} pair of a URL's query, still encoded.
 *
 * @param text the pair as written
 * @param name the encoded name
 * @param value the encoded value, empty when the pair has no {@code =}
 */
record QueryArgument(String text, String name, String value) {

	static List<QueryArgument> split(String query) {
		List<QueryArgument> arguments = new ArrayList<>();
		for (String pair : query.split("&", -1)) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			arguments.add((equals >= 0) ? new QueryArgument(pair, pair.substring(0, equals), pair.substring(equals + 1))
					: new QueryArgument(pair, pair, ""));
		}
		return arguments;
	}

	/** @return whether the name holds an {@code @}, which no argument name has but a misplaced password can */
	boolean looksLikeUserInfo() {
		return this.name.indexOf('@') >= 0;
	}

	boolean isSecret() {
		return this.name.equalsIgnoreCase("password") || this.name.equalsIgnoreCase("sslpassword");
	}
}
