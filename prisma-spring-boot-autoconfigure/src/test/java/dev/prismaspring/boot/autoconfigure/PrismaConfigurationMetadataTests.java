package dev.prismaspring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE metadata the configuration processor writes from {@link PrismaProperties}: every
 * property documented, and every {@code prisma.*} key the code reads is in it.
 */
class PrismaConfigurationMetadataTests {

	private static final Pattern KEY = Pattern.compile("\"(prisma\\.[a-z.-]+)\"");

	private static JsonNode metadata() throws IOException {
		try (InputStream in = PrismaConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("spring-configuration-metadata.json on the classpath").isNotNull();
			return JsonMapper.builder().build().readTree(in);
		}
	}

	private static Set<String> documentedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (JsonNode property : metadata().get("properties")) {
			keys.add(property.get("name").asString());
		}
		return keys;
	}

	@Test
	void everyPropertyHasADescription() throws IOException {
		List<String> undocumented = new java.util.ArrayList<>();
		for (JsonNode property : metadata().get("properties")) {
			String name = property.get("name").asString();
			if (name.startsWith("prisma.") && (!property.has("description")
					|| property.get("description").asString().isBlank())) {
				undocumented.add(name);
			}
		}
		assertThat(undocumented).isEmpty();
		assertThat(documentedKeys()).contains("prisma.migrate.mode", "prisma.datasource.url", "prisma.schema-location");
	}

	@Test
	void everyKeyTheCodeReadsIsInTheMetadata() throws IOException {
		Set<String> read = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			// Observation names such as prisma.migration are not configuration keys.
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java"))
				.filter((path) -> !path.getFileName().toString().endsWith("Observations.java"))
				.toList()) {
				Matcher matcher = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
				while (matcher.find()) {
					read.add(matcher.group(1));
				}
			}
		}
		Set<String> documented = documentedKeys();
		Set<String> prefixes = new TreeSet<>();
		documented.forEach((key) -> prefixes.add(key.substring(0, key.lastIndexOf('.'))));
		assertThat(read).isNotEmpty();
		assertThat(read).allSatisfy((key) -> assertThat(documented.contains(key) || prefixes.contains(key))
			.as("%s is documented", key)
			.isTrue());
	}
}
