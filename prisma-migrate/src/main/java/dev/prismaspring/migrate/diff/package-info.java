/**
 * The differ: compares two SQL schemas and produces the typed, ordered steps that turn the first
 * into the second.
 */
package dev.prismaspring.migrate.diff;
