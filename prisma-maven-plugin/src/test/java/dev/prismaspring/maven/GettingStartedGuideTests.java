package dev.prismaspring.maven;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.prismaspring.cli.PrismaCli;
import dev.prismaspring.maven.DocumentedCommands.Entry;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code docs/getting-started.md} followed as a reader follows it, in a new project on a real
 * PostgreSQL: its schema blocks written into the schema file in the order it shows them, each of
 * its Maven goals run as Maven would configure it from the command line, each of its CLI commands
 * run by the CLI. The result must be the sample application's schema and its committed
 * {@code init} migration, so the guide, the sample and the tools cannot drift apart.
 */
@PostgresTest
class GettingStartedGuideTests {

	private static final Path GUIDE = DocumentedCommandsTests.ROOT.resolve("docs/getting-started.md");

	private static final Path SAMPLE = DocumentedCommandsTests.ROOT.resolve("sample-app/src/main/resources/prisma");

	/** Commands the guide shows that start the application rather than a goal: tested where they run. */
	private static final Map<String, String> RUN_ELSEWHERE = Map.of("mvn spring-boot:run",
			"sample-app's BlogApiTests start the application this guide builds; README's first command starts it");

	/** Lifecycle phases the guide names, and the goal its plugin configuration binds to each. */
	private static final Map<String, String> PHASES = Map.of("generate-sources", "generate");

	@TempDir
	Path dir;

	private final PluginDescriptor plugin = PluginDescriptor.load();

	@Test
	void theGuideRunsAsWrittenAndGivesTheSampleApplication(TestDatabase database) throws Exception {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		TestProject project = TestProject.in(this.dir).environment(Map.of("DATABASE_URL", database.postgresUrl()));
		List<String> schemaBlocks = new ArrayList<>();
		List<String> ran = new ArrayList<>();
		for (Entry entry : DocumentedCommands.in(GUIDE)) {
			switch (entry.kind()) {
				case SCHEMA -> {
					schemaBlocks.add(entry.text());
					project.write("src/main/resources/prisma/schema.prisma", String.join("\n", schemaBlocks));
				}
				case MAVEN -> {
					if (!RUN_ELSEWHERE.containsKey(entry.text())) {
						runMaven(entry, project);
						ran.add(entry.text());
					}
				}
				case CLI -> {
					runCli(entry, project, database);
					ran.add(entry.text());
				}
				case PROPERTY -> {
					// A flag the text mentions; DocumentedCommandsTests checks that a goal reads it.
				}
				case OTHER -> fail(entry + ": a command this test does not know how to run");
			}
		}
		assertThat(ran).as("commands of the guide run").contains("mvn prisma:init", "mvn prisma:validate",
				"mvn prisma:migrate-dev -Dprisma.name=init", "java -jar prisma-cli.jar migrate deploy");

		String sampleSchema = Files.readString(SAMPLE.resolve("schema.prisma"), StandardCharsets.UTF_8);
		List<String> declarations = schemaBlocks.stream()
			.flatMap((block) -> Arrays.stream(block.split("(?m)(?<=^})\\n")))
			.map(String::strip)
			.filter((declaration) -> !declaration.isEmpty())
			.toList();
		assertThat(declarations).as("the guide's datasource, generator and models").hasSize(5)
			.allSatisfy((declaration) -> assertThat(sampleSchema).as("the sample app's schema").contains(declaration));
		assertThat(project.migrationNames()).as("migrations written by following the guide")
			.singleElement().asString().matches("\\d{14}_init");
		String migration = project.read("src/main/resources/prisma/migrations/" + project.migrationNames().get(0)
				+ "/migration.sql");
		assertThat(migration).as("the guide's init migration, beside the sample app's committed one")
			.isEqualTo(Files.readString(sampleInit().resolve("migration.sql"), StandardCharsets.UTF_8));
		assertThat(database.queryForObject(
				"SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
				Long.class))
			.isOne();
		assertThat(database.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
				+ " AND table_name <> '_prisma_migrations' ORDER BY 1", String.class))
			.containsExactly("Post", "Profile", "User");
		assertThat(project.path("target/generated-sources/prisma/com/example/blog/db/UserRepository.java"))
			.as("the repository `mvn generate-sources` generates").isRegularFile();
	}

	private Path sampleInit() throws Exception {
		try (var folders = Files.list(SAMPLE.resolve("migrations"))) {
			return folders.filter((path) -> path.getFileName().toString().endsWith("_init")).findFirst().orElseThrow();
		}
	}

	private void runMaven(Entry entry, TestProject project) throws Exception {
		List<String> words = entry.words().stream().map(GettingStartedGuideTests::filledIn).toList();
		Map<String, String> properties = DocumentedCommandsTests.properties(words);
		List<String> goals = new ArrayList<>();
		for (String word : words.subList(1, words.size())) {
			if (word.startsWith("prisma:")) {
				goals.add(word.substring("prisma:".length()));
			}
			else if (PHASES.containsKey(word)) {
				goals.add(PHASES.get(word));
			}
			else if (!word.startsWith("-")) {
				fail(entry + ": " + word + " is neither a goal of this plugin nor a phase this test maps");
			}
		}
		assertThat(goals).as(entry.toString()).isNotEmpty();
		for (String goal : goals) {
			try {
				this.plugin.configure(goal, properties, project).execute();
			}
			catch (Exception ex) {
				throw new AssertionError(entry + " failed: " + ex.getMessage() + "\n" + project.log.text(), ex);
			}
		}
	}

	private static void runCli(Entry entry, TestProject project, TestDatabase database) {
		List<String> args = new ArrayList<>(DocumentedCommandsTests.cliWords(entry).stream()
			.map(GettingStartedGuideTests::filledIn)
			.toList());
		// The reader runs it in the project's folder with DATABASE_URL set; the test names both.
		CommandLine command = new CommandLine(new PrismaCli());
		for (String word : args) {
			command = command.getSubcommands().getOrDefault(word, command);
		}
		Map<String, String> options = Map.of("--schema", project.schema().toString(), "--url", database.postgresUrl());
		for (Map.Entry<String, String> option : options.entrySet()) {
			if (command.getCommandSpec().optionsMap().containsKey(option.getKey())) {
				args.addAll(List.of(option.getKey(), option.getValue()));
			}
		}
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = PrismaCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
		assertThat(code).as(entry + " exit code; output:\n" + out + err).isZero();
	}

	/** A placeholder such as {@code <what-changed>} filled in with its own words. */
	private static String filledIn(String word) {
		return word.replaceAll("<([^>]+)>", "$1");
	}

}
