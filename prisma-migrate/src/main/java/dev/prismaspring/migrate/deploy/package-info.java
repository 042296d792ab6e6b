/**
 * {@code migrate deploy}: applies pending migrations under the migration lock, each in its own
 * transaction with its history row.
 */
package dev.prismaspring.migrate.deploy;
