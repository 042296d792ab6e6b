package dev.prismaspring.maven;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.prismaspring.cli.PrismaCli;
import dev.prismaspring.maven.DocumentedCommands.Entry;
import dev.prismaspring.maven.DocumentedCommands.Kind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command the documentation shows exists as written: each {@code mvn prisma:<goal>} is a
 * goal of this plugin and each {@code -Dprisma.*} a property one of its goals reads; each CLI
 * command parses (a concrete one as a whole, a synopsis such as
 * {@code migrate dev [--name N]} option by option). Renaming a goal, a property or a flag
 * without the docs fails here. {@link GettingStartedGuideTests} runs the guide's commands.
 */
class DocumentedCommandsTests {

	static final Path ROOT = Path.of("..");

	private static final Pattern GOAL_ROW = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|[^|]*\\|([^\\n]*)\\|$");

	private static final Pattern USER_PROPERTY = Pattern.compile("`(prisma\\.[A-Za-z]+)`");

	private static final Pattern PLACEHOLDER = Pattern.compile(".*([\\[\\]|<>…]|\\.\\.\\.).*|[A-Z][A-Z0-9_]*");

	private static final RepositorySources SOURCES = new RepositorySources(ROOT);

	private final PluginDescriptor plugin = PluginDescriptor.load();

	@Test
	void everyGoalAndPropertyTheDocsNameExists() {
		List<String> problems = new ArrayList<>();
		int goals = 0;
		for (Entry entry : entries()) {
			if (entry.kind() == Kind.MAVEN) {
				goals += checkMaven(entry, problems);
			}
			else if (entry.kind() == Kind.PROPERTY) {
				String property = entry.text().substring(2).split("=")[0];
				if (this.plugin.goals().stream().noneMatch((goal) -> goal.byProperty(property).isPresent())
						&& !SOURCES.reads(property)) {
					problems.add(entry + ": neither a goal nor a test or build class reads " + property);
				}
			}
		}
		assertThat(problems).as("commands in the docs that the plugin does not have").isEmpty();
		assertThat(goals).as("goals named in the docs' commands").isGreaterThanOrEqualTo(5);
	}

	@Test
	void thePluginReadmeListsEveryGoalAndEveryPropertyItReads() throws Exception {
		String readme = Files.readString(ROOT.resolve("prisma-maven-plugin/README.md"), StandardCharsets.UTF_8);
		Matcher row = GOAL_ROW.matcher(readme);
		Set<String> listed = new TreeSet<>();
		List<String> problems = new ArrayList<>();
		while (row.find()) {
			listed.add(row.group(1));
			PluginDescriptor.Goal goal = this.plugin.goal(row.group(1)).orElse(null);
			Matcher property = USER_PROPERTY.matcher(row.group(2));
			while (goal != null && property.find()) {
				if (goal.byProperty(property.group(1)).isEmpty()) {
					problems.add("README row " + goal.name() + ": the goal does not read " + property.group(1));
				}
			}
		}
		for (PluginDescriptor.Goal goal : this.plugin.goals()) {
			goal.parameters().values().stream()
				.filter((parameter) -> parameter.property() != null)
				.filter((parameter) -> !Pattern.compile(Pattern.quote(parameter.property()) + "\\b").matcher(readme).find())
				.forEach((parameter) -> problems.add(goal.name() + " reads " + parameter.property()
						+ ", which the README does not mention"));
		}
		assertThat(listed).as("goals in the README's table")
			.containsExactlyInAnyOrderElementsOf(this.plugin.goals().stream().map(PluginDescriptor.Goal::name).toList());
		assertThat(problems).isEmpty();
	}

	@Test
	void everyCliCommandIsDocumented() {
		Set<String> documented = new TreeSet<>();
		for (Entry entry : entries()) {
			if (entry.kind() == Kind.CLI) {
				documented.add(commandPath(cliWords(entry)));
			}
		}
		List<String> leaves = new ArrayList<>();
		collectLeaves(new CommandLine(new PrismaCli()), leaves);
		assertThat(documented).as("CLI commands the docs show").containsAll(leaves);
	}

	private static void collectLeaves(CommandLine command, List<String> leaves) {
		command.getSubcommands().forEach((name, sub) -> {
			if (name.equals("help")) {
				return;
			}
			if (sub.getSubcommands().isEmpty()) {
				leaves.add(sub.getCommandSpec().qualifiedName(" ").substring("prisma ".length()));
			}
			else {
				collectLeaves(sub, leaves);
			}
		});
	}

	private static String commandPath(List<String> words) {
		CommandLine command = new CommandLine(new PrismaCli());
		List<String> path = new ArrayList<>();
		for (String word : words) {
			CommandLine sub = command.getSubcommands().get(word);
			if (sub == null) {
				break;
			}
			path.add(word);
			command = sub;
		}
		return String.join(" ", path);
	}

	private int checkMaven(Entry entry, List<String> problems) {
		List<PluginDescriptor.Goal> goals = new ArrayList<>();
		List<String> properties = new ArrayList<>();
		for (String word : entry.words()) {
			if (word.startsWith("prisma:")) {
				this.plugin.goal(word.substring("prisma:".length()))
					.ifPresentOrElse(goals::add, () -> problems.add(entry + ": no goal " + word));
			}
			else if (word.startsWith("-Dprisma.")) {
				properties.add(word.substring(2).split("=")[0]);
			}
		}
		// Properties on a command without a goal are a test's or a build's system properties.
		if (goals.isEmpty()) {
			properties.stream()
				.filter((property) -> !SOURCES.reads(property))
				.forEach((property) -> problems.add(entry + ": no test or build class reads " + property));
		}
		else {
			for (String property : properties) {
				if (goals.stream().noneMatch((goal) -> goal.byProperty(property).isPresent())) {
					problems.add(entry + ": " + goals.get(0).name() + " does not read " + property);
				}
			}
		}
		return goals.size();
	}

	@Test
	void everyCliCommandTheDocsNameParses() {
		List<String> problems = new ArrayList<>();
		int commands = 0;
		for (Entry entry : entries()) {
			if (entry.kind() == Kind.CLI) {
				commands++;
				checkCli(entry, problems);
			}
		}
		assertThat(problems).as("CLI commands in the docs that the CLI does not have").isEmpty();
		assertThat(commands).as("CLI commands named in the docs").isGreaterThanOrEqualTo(15);
	}

	private static void checkCli(Entry entry, List<String> problems) {
		List<String> words = cliWords(entry);
		CommandLine command = new CommandLine(new PrismaCli());
		int index = 0;
		while (index < words.size() && command.getSubcommands().containsKey(words.get(index))) {
			command = command.getSubcommands().get(words.get(index));
			index++;
		}
		if (index == 0) {
			problems.add(entry + ": no command " + (words.isEmpty() ? "" : words.get(0)));
			return;
		}
		if (entry.fenced() && words.stream().noneMatch((word) -> PLACEHOLDER.matcher(word).matches())) {
			try {
				new CommandLine(new PrismaCli()).parseArgs(words.toArray(String[]::new));
			}
			catch (CommandLine.ParameterException ex) {
				problems.add(entry + ": " + ex.getMessage());
			}
			return;
		}
		CommandSpec spec = command.getCommandSpec();
		for (String word : words.subList(index, words.size())) {
			for (String part : word.replaceAll("[\\[\\]()\\\\]", "").split("\\|")) {
				if (part.startsWith("-") && !optionExists(spec, part.split("=")[0])) {
					problems.add(entry + ": `" + spec.qualifiedName() + "` has no option " + part);
				}
			}
		}
	}

	private static boolean optionExists(CommandSpec spec, String name) {
		int ellipsis = name.indexOf('…');
		if (ellipsis >= 0) {
			String prefix = name.substring(0, ellipsis);
			return spec.optionsMap().keySet().stream().anyMatch((option) -> option.startsWith(prefix));
		}
		return spec.optionsMap().containsKey(name);
	}

	/** The words after {@code java -jar prisma-cli.jar} or {@code prisma}. */
	static List<String> cliWords(Entry entry) {
		List<String> words = entry.words();
		if (words.size() >= 3 && words.get(0).equals("java") && words.get(2).equals("prisma-cli.jar")) {
			return words.subList(3, words.size());
		}
		return words.get(0).equals("prisma") ? words.subList(1, words.size()) : words;
	}

	private static List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		DocumentedCommands.documents(ROOT).forEach((file) -> entries.addAll(DocumentedCommands.in(file)));
		assertThat(entries).as("commands found in the docs").isNotEmpty();
		return entries;
	}

	static Map<String, String> properties(List<String> words) {
		Map<String, String> properties = new java.util.LinkedHashMap<>();
		for (String word : words) {
			if (word.startsWith("-D")) {
				String[] pair = word.substring(2).split("=", 2);
				properties.put(pair[0], (pair.length > 1) ? pair[1] : "");
			}
		}
		return properties;
	}

}
