/**
 * The {@code _prisma_migrations} table: Prisma's DDL and row protocol, so that Prisma's CLI and
 * this project read and write one history.
 */
package dev.prismaspring.migrate.history;
