package dev.prismaspring.migrate.sql;

/**
 * A view: migrations never change views, but they must know that the name is taken.
 *
 * @param namespace the schema it is in
 * @param name its name
 * @param definition its query as the database prints it
 */
public record View(String namespace, String name, String definition) {
}
