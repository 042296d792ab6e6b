package dev.prismaspring.maven;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.prismaspring.schema.model.ConfigValue;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Finds the database a goal works on in the order the application finds it (first match wins):
 * <ol>
 * <li>the goal's {@code url} parameter ({@code -Dprisma.url=...});</li>
 * <li>{@code prisma.datasource.url}, with {@code prisma.datasource.user} and {@code password};</li>
 * <li>the schema's datasource {@code directUrl}, else its {@code url}: a literal or
 * {@code env("VAR")}, the variable read from the environment or else from a key of that name in
 * the configuration;</li>
 * <li>{@code spring.datasource.url} when it is a {@code jdbc:postgresql:} URL, with
 * {@code spring.datasource.username} and {@code password}.</li>
 * </ol>
 * The shadow database: the {@code shadowDatabaseUrl} parameter, {@code prisma.datasource.shadow-url}
 * (with {@code prisma.datasource.user} and {@code password} when it names no user), the schema's
 * {@code shadowDatabaseUrl}, else none (migrate dev then uses a temporary database).
 *
 * <p>Credentials given beside a URL are added to it as {@code user} and {@code password} arguments,
 * percent-encoded, which both URL forms accept.
 */
final class DatabaseUrls {

	private DatabaseUrls() {
	}

	/**
	 * @param explicit the goal's {@code url} parameter, or {@code null}
	 * @param properties the application's configuration
	 * @param schema the schema's datasource
	 * @return the database, or {@code null} to leave the choice to the command (whose error then
	 * describes an invalid schema)
	 * @throws PluginFailure when nothing names a database
	 */
	static DatabaseUrl database(String explicit, ApplicationProperties properties, SchemaDatasource schema) {
		if (hasText(explicit)) {
			return new DatabaseUrl(explicit.strip(), "the url parameter (prisma.url)");
		}
		String prismaUrl = properties.get("prisma.datasource.url");
		if (prismaUrl != null) {
			return new DatabaseUrl(withCredentials(prismaUrl, properties.get("prisma.datasource.user"),
					properties.get("prisma.datasource.password")), "prisma.datasource.url");
		}
		String schemaUrl = value(schema.url(), properties);
		if (schemaUrl != null) {
			return new DatabaseUrl(schemaUrl, "the " + schema.urlKey() + " of datasource " + schema.name() + " in "
					+ schema.location());
		}
		String springUrl = properties.get("spring.datasource.url");
		if (springUrl != null && springUrl.startsWith("jdbc:postgresql:")) {
			return new DatabaseUrl(withCredentials(springUrl, properties.get("spring.datasource.username"),
					properties.get("spring.datasource.password")), "spring.datasource.url");
		}
		if (schema.state() == SchemaDatasource.State.INVALID) {
			return null;
		}
		throw new PluginFailure(code(schema), "No database to work on. " + missing(schema) + " Pass -Dprisma.url="
				+ "postgresql://USER:PASSWORD@HOST:PORT/DATABASE, set prisma.datasource.url (or spring.datasource.url)"
				+ " in src/main/resources/application.yml or .properties, or give the schema's datasource a url.");
	}

	/**
	 * @param explicit the goal's {@code shadowDatabaseUrl} parameter, or {@code null}
	 * @param properties the application's configuration
	 * @param schema the schema's datasource
	 * @return the shadow database, or {@code null} for none
	 */
	static DatabaseUrl shadow(String explicit, ApplicationProperties properties, SchemaDatasource schema) {
		if (hasText(explicit)) {
			return new DatabaseUrl(explicit.strip(), "the shadowDatabaseUrl parameter (prisma.shadowDatabaseUrl)");
		}
		String configured = properties.get("prisma.datasource.shadow-url");
		if (configured != null) {
			String url = namesUser(configured) ? configured : withCredentials(configured,
					properties.get("prisma.datasource.user"), properties.get("prisma.datasource.password"));
			return new DatabaseUrl(url, "prisma.datasource.shadow-url");
		}
		String fromSchema = value(schema.shadowDatabaseUrl(), properties);
		return (fromSchema != null)
				? new DatabaseUrl(fromSchema, "the shadowDatabaseUrl of datasource " + schema.name()) : null;
	}

	/**
	 * @param url a connection URL
	 * @param user a user to log in as, or {@code null}
	 * @param password a password, or {@code null}
	 * @return the URL with the given credentials as {@code user} and {@code password} arguments
	 */
	static String withCredentials(String url, String user, String password) {
		StringBuilder result = new StringBuilder(url.strip());
		append(result, "user", user);
		append(result, "password", password);
		return result.toString();
	}

	private static void append(StringBuilder url, String name, String value) {
		if (!hasText(value)) {
			return;
		}
		url.append((url.indexOf("?") >= 0) ? '&' : '?')
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	// An unreadable URL stays as written, for the command to report.
	private static boolean namesUser(String url) {
		try {
			return PostgresConnection.parse(url, "prisma.datasource.shadow-url").user().isPresent();
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

	private static String value(ConfigValue value, ApplicationProperties properties) {
		if (value == null) {
			return null;
		}
		return (value.environmentVariable() != null) ? properties.lookup(value.environmentVariable())
				: (hasText(value.literal()) ? value.literal() : null);
	}

	private static String code(SchemaDatasource schema) {
		return (schema.url() != null && schema.url().environmentVariable() != null) ? "P1012" : "PSB1004";
	}

	private static String missing(SchemaDatasource schema) {
		if (schema.state() == SchemaDatasource.State.MISSING) {
			return "There is no schema at " + schema.location() + " to take a datasource url from.";
		}
		if (schema.url() == null) {
			return "The schema at " + schema.location() + " has no datasource url (as in Prisma 7 schemas).";
		}
		return "Environment variable not found: " + schema.url().environmentVariable() + ". It is needed by the url of"
				+ " datasource " + schema.name() + " in " + schema.location() + ". Set it,"
				+ " or name the database another way.";
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
