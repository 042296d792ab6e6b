/**
 * Lint for migration SQL: statements that take locks which stop an application for as long as
 * they run on a big table (index builds, table rewrites, full scans), that fail on a table with
 * rows, that cannot run inside a transaction, or that break instances still running the previous
 * release. Each {@link dev.prismaspring.migrate.lint.LintFinding} says what and why, and the safer
 * way to reach the same schema.
 *
 * <p>{@link dev.prismaspring.migrate.lint.MigrationLinter} is the entry point. Tables created
 * earlier in the same script are new and empty, so statements on them are never flagged.
 */
package dev.prismaspring.migrate.lint;
