package dev.prismaspring.migrate.sql;

/**
 * A check constraint.
 *
 * @param name its name
 * @param expression the condition as the database prints it, without {@code CHECK}
 */
public record CheckConstraint(String name, String expression) {
}
