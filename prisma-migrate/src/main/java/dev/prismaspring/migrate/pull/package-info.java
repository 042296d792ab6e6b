/** {@code db pull}: a live database's structure written as a Prisma schema. */
package dev.prismaspring.migrate.pull;
