/** The advisory lock that keeps two migrators, ours or Prisma's CLI, off one database at once. */
package dev.prismaspring.migrate.lock;
