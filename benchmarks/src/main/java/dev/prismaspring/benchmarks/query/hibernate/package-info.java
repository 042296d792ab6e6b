/**
 * The getting-started schema mapped as Hibernate entities, for the query benchmarks: identity
 * columns as Prisma creates them, relations lazy.
 */
package dev.prismaspring.benchmarks.query.hibernate;
