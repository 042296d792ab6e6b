package dev.prismaspring.maven;

import java.io.File;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin's goals as Maven sees them, read from the descriptor the build generated
 * ({@code META-INF/maven/plugin.xml}), and a goal configured from {@code -D} properties and
 * defaults the way Maven configures it, so that a test can run a command line a document shows.
 */
final class PluginDescriptor {

	private static final String LOCATION = "META-INF/maven/plugin.xml";

	private final Map<String, Goal> goals = new LinkedHashMap<>();

	private PluginDescriptor() {
	}

	/** A goal: its class and, per field, the property that sets it and its default. */
	record Goal(String name, String implementation, Map<String, Parameter> parameters) {

		Optional<Parameter> byProperty(String property) {
			return this.parameters.values().stream().filter((parameter) -> property.equals(parameter.property())).findFirst();
		}

	}

	record Parameter(String field, String type, String property, String defaultValue) {
	}

	static PluginDescriptor load() {
		try (var in = PluginDescriptor.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException(LOCATION + " is not on the test class path: run the build's"
						+ " process-classes phase first (mvn test does)");
			}
			Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
			PluginDescriptor descriptor = new PluginDescriptor();
			NodeList mojos = document.getElementsByTagName("mojo");
			for (int index = 0; index < mojos.getLength(); index++) {
				Element mojo = (Element) mojos.item(index);
				Goal goal = new Goal(text(mojo, "goal"), text(mojo, "implementation"), new LinkedHashMap<>());
				Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
				for (Node node = configuration.getFirstChild(); node != null; node = node.getNextSibling()) {
					if (node instanceof Element parameter) {
						String value = parameter.getTextContent().trim();
						String property = (value.startsWith("${") && value.endsWith("}"))
								? value.substring(2, value.length() - 1) : null;
						goal.parameters().put(parameter.getTagName(), new Parameter(parameter.getTagName(),
								parameter.getAttribute("implementation"), property,
								parameter.hasAttribute("default-value") ? parameter.getAttribute("default-value") : null));
					}
				}
				descriptor.goals.put(goal.name(), goal);
			}
			return descriptor;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read " + LOCATION, ex);
		}
	}

	private static String text(Element element, String child) {
		return element.getElementsByTagName(child).item(0).getTextContent().trim();
	}

	java.util.Collection<Goal> goals() {
		return this.goals.values();
	}

	Optional<Goal> goal(String name) {
		return Optional.ofNullable(this.goals.get(name));
	}

	/**
	 * A goal's mojo with every parameter set as Maven would set it from these properties on this
	 * project (the project, log and environment are the test project's).
	 * @param name the goal, e.g. {@code migrate-dev}
	 * @param properties the command line's {@code -D} properties ({@code -Dprisma.x} alone is "true")
	 * @param project the project the goal runs on
	 * @return the configured goal
	 */
	AbstractPrismaMojo configure(String name, Map<String, String> properties, TestProject project) throws Exception {
		Goal goal = goal(name).orElseThrow(() -> new IllegalArgumentException("No goal prisma:" + name));
		AbstractPrismaMojo mojo = (AbstractPrismaMojo) Class.forName(goal.implementation())
			.getDeclaredConstructor()
			.newInstance();
		for (Parameter parameter : goal.parameters().values()) {
			String value = (parameter.property() != null && properties.containsKey(parameter.property()))
					? properties.get(parameter.property()) : parameter.defaultValue();
			// ${project} and ${session} are Maven's objects: the test project supplies what a goal needs.
			if (value != null && !value.matches("\\$\\{(project|session)}")) {
				set(mojo, parameter, value.replace("${project.basedir}", project.dir.toString()));
			}
		}
		return project.goal(mojo);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void set(Object mojo, Parameter parameter, String value) throws ReflectiveOperationException {
		Field field = field(mojo.getClass(), parameter.field());
		field.setAccessible(true);
		Class<?> type = field.getType();
		if (type == boolean.class) {
			field.setBoolean(mojo, value.isEmpty() || Boolean.parseBoolean(value));
		}
		else if (type == int.class) {
			field.setInt(mojo, Integer.parseInt(value));
		}
		else if (type == File.class) {
			field.set(mojo, new File(value));
		}
		else if (type == String.class) {
			field.set(mojo, value);
		}
		else if (type.isEnum()) {
			field.set(mojo, Enum.valueOf((Class<Enum>) type, value));
		}
		else if (type == java.util.List.class) {
			field.set(mojo, java.util.List.of(value.split(",")));
		}
		else {
			throw new IllegalArgumentException(
					"Parameter " + parameter.field() + " has a type this test does not set: " + type.getName());
		}
	}

	private static Field field(Class<?> type, String name) throws NoSuchFieldException {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			try {
				return current.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		throw new NoSuchFieldException(type.getName() + "." + name);
	}

}
