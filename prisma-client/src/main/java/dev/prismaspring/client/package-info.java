/**
 * The query engine behind generated repositories: {@link dev.prismaspring.client.PrismaClient}
 * and its {@link dev.prismaspring.client.ModelClient}s run Prisma Client's operations on plain
 * JDBC, driven by the resolved schema.
 */
package dev.prismaspring.client;
