/**
 * The getting-started schema mapped for Spring Data JDBC, for the query benchmarks: a flat user
 * and a post as aggregate roots, and users with their posts (and profile) as aggregates for the
 * include and the nested create. Column names as Prisma writes them.
 */
package dev.prismaspring.benchmarks.query.springdata;
