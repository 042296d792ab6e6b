package dev.prismaspring.migrate.sql;

/**
 * A PostgreSQL extension.
 *
 * @param name its name, e.g. {@code citext}
 * @param namespace the schema it was created in, or {@code null} for the default
 * @param version its version, or {@code null} for the default
 */
public record Extension(String name, String namespace, String version) {
}
