/**
 * Schema to SQL schema: the tables, columns, keys, indexes, foreign keys, enums and extensions
 * Prisma would create for a data model on PostgreSQL.
 */
package dev.prismaspring.migrate.calculate;
