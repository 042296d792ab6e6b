/** The migrations folder in Prisma's layout: {@code <timestamp>_<name>/migration.sql}. */
package dev.prismaspring.migrate.folder;
