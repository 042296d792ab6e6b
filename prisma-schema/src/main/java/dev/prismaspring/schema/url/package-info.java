/**
 * Connection URLs for PostgreSQL as Prisma writes them, and the {@code env("VAR")} values that
 * hold them, turned into what the PostgreSQL JDBC driver and a connection pool need.
 *
 * <p>Three types make the API: {@link dev.prismaspring.schema.url.EnvLookup} resolves a
 * variable, {@link dev.prismaspring.schema.url.PostgresConnection} reads a URL, and
 * {@link dev.prismaspring.schema.url.ConnectionUrlException} says, with Prisma's code, what is
 * wrong, where and what to do, never showing a password.
 */
package dev.prismaspring.schema.url;
