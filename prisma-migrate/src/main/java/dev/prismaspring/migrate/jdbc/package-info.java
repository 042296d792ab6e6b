/** Opening JDBC connections from Prisma connection URLs, with errors that say what to do. */
package dev.prismaspring.migrate.jdbc;
