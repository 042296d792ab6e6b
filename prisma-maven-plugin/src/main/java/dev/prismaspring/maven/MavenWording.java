package dev.prismaspring.maven;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CLI's advice in a goal's words: a message that says to run {@code migrate resolve
 * --rolled-back NAME} or to add {@code --accept-data-loss} says, in a Maven build, to run
 * {@code mvn prisma:migrate-resolve -Dprisma.rolledBack=NAME} or to add
 * {@code -Dprisma.acceptDataLoss}.
 */
final class MavenWording {

	private static final Pattern RESOLVE = Pattern.compile("`migrate resolve --(applied|rolled-back) ([^`\\s]+)`");

	private static final Map<String, String> FLAGS = new LinkedHashMap<>();

	static {
		FLAGS.put("`migrate dev --create-only`", "`mvn prisma:migrate-dev -Dprisma.createOnly`");
		FLAGS.put("--accept-data-loss", "-Dprisma.acceptDataLoss");
		FLAGS.put("--create-only", "-Dprisma.createOnly");
		FLAGS.put("--shadow-database-url", "-Dprisma.shadowDatabaseUrl");
		FLAGS.put("--force", "-Dprisma.force");
		FLAGS.put("--allow-production", "-Dprisma.allowProduction");
		FLAGS.put("`--applied`", "`-Dprisma.applied`");
	}

	private MavenWording() {
	}

	static String of(String text) {
		Matcher resolve = RESOLVE.matcher(text);
		StringBuilder result = new StringBuilder();
		while (resolve.find()) {
			String property = resolve.group(1).equals("applied") ? "applied" : "rolledBack";
			resolve.appendReplacement(result, Matcher.quoteReplacement(
					"`mvn prisma:migrate-resolve -Dprisma." + property + "=" + resolve.group(2) + "`"));
		}
		resolve.appendTail(result);
		String worded = result.toString();
		for (Map.Entry<String, String> flag : FLAGS.entrySet()) {
			worded = worded.replace(flag.getKey(), flag.getValue());
		}
		return worded;
	}

}
