/** The shadow database: a scratch database the migration history is replayed into. */
package dev.prismaspring.migrate.shadow;
