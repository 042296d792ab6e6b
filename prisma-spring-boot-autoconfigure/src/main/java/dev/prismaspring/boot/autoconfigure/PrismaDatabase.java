package dev.prismaspring.boot.autoconfigure;

import javax.sql.DataSource;

import dev.prismaspring.migrate.jdbc.MigrationDatabase;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * The database Prisma works on, as resolved at start-up: a DataSource for queries and
 * migrations, how to name it, and the shadow database for dev mode.
 *
 * @param dataSource where connections come from
 * @param migrationDatabase the same database for the migration commands
 * @param source which setting it came from, for messages and the actuator endpoint
 * @param connection the database as a connection URL when it is known (needed by dev mode), or {@code null}
 * @param shadowDatabase the shadow database, or {@code null}
 */
public record PrismaDatabase(DataSource dataSource, MigrationDatabase migrationDatabase, String source,
		PostgresConnection connection, PostgresConnection shadowDatabase) {
}
