/**
 * Live database to SQL schema: reads a PostgreSQL database's structure from its catalogs, with
 * one query per kind of object rather than one per table.
 */
package dev.prismaspring.migrate.describe;
