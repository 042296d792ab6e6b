/** The renderer: migration steps as the SQL text Prisma writes into {@code migration.sql}. */
package dev.prismaspring.migrate.render;
