package dev.prismaspring.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/spring-boot.md} names every {@code prisma.*} property. The keys are read from the
 * source of {@code PrismaProperties} (this module is built before the auto-configuration, so its
 * classes are not on the class path here) and, when a build has left it, from the generated
 * {@code spring-configuration-metadata.json}.
 */
class SpringBootPropertiesDocTests {

	private static final Path AUTOCONFIGURE = Path.of("../prisma-spring-boot-autoconfigure");

	private static final Path PROPERTIES = AUTOCONFIGURE
		.resolve("src/main/java/dev/prismaspring/boot/autoconfigure/PrismaProperties.java");

	private static final Path METADATA = AUTOCONFIGURE.resolve("target/classes/META-INF/spring-configuration-metadata.json");

	private static final Path DOCUMENT = Path.of("../docs/spring-boot.md");

	// A group: "private final Datasource datasource = new Datasource();" one level in.
	private static final Pattern GROUP = Pattern.compile("^\\tprivate final (\\w+) (\\w+) = new \\1\\(\\);");

	// A value: "private Duration lockWait = ...;" one level in (the root) or two (a group).
	private static final Pattern VALUE = Pattern.compile("^(\\t{1,2})private (?!final )[\\w<>, ]+ (\\w+)( = .*)?;");

	private static final Pattern NESTED_CLASS = Pattern.compile("^\\tpublic static class (\\w+) \\{");

	private static final Pattern METADATA_NAME = Pattern.compile("\"name\"\\s*:\\s*\"(prisma\\.[^\"]+)\"");

	@Test
	void everyPrismaPropertyIsInTheReference() throws IOException {
		Set<String> keys = sourceKeys();
		assertThat(keys).as("keys read from %s", PROPERTIES).contains("prisma.enabled", "prisma.migrate.lock-wait");
		keys.addAll(metadataKeys());
		String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		List<String> missing = keys.stream().filter((key) -> !document.contains("`" + key + "`")).toList();
		assertThat(missing).as("prisma.* properties missing from docs/spring-boot.md; add a row for each to its"
				+ " \"Properties\" table").isEmpty();
	}

	private static Set<String> sourceKeys() throws IOException {
		List<String> lines = Files.readAllLines(PROPERTIES, StandardCharsets.UTF_8);
		Map<String, String> groups = new HashMap<>();
		for (String line : lines) {
			Matcher group = GROUP.matcher(line);
			if (group.find()) {
				groups.put(group.group(1), group.group(2));
			}
		}
		Set<String> keys = new LinkedHashSet<>();
		String prefix = "prisma.";
		for (String line : lines) {
			Matcher nested = NESTED_CLASS.matcher(line);
			if (nested.find()) {
				prefix = "prisma." + kebab(groups.getOrDefault(nested.group(1), nested.group(1))) + ".";
				continue;
			}
			Matcher value = VALUE.matcher(line);
			if (value.find()) {
				boolean root = value.group(1).length() == 1;
				keys.add((root ? "prisma." : prefix) + kebab(value.group(2)));
			}
		}
		return keys;
	}

	private static List<String> metadataKeys() throws IOException {
		if (!Files.isRegularFile(METADATA)) {
			return List.of();
		}
		String json = Files.readString(METADATA, StandardCharsets.UTF_8);
		int start = json.indexOf("\"properties\"");
		int end = json.indexOf("\"hints\"", Math.max(start, 0));
		if (start < 0) {
			return List.of();
		}
		Matcher names = METADATA_NAME.matcher(json.substring(start, (end > start) ? end : json.length()));
		List<String> keys = new ArrayList<>();
		while (names.find()) {
			keys.add(names.group(1));
		}
		return keys;
	}

	private static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
