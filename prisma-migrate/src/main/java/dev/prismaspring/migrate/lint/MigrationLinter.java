package dev.prismaspring.migrate.lint;

import java.util.List;
import java.util.Objects;

/**
 * Lint for migration SQL on PostgreSQL: finds statements that lock or rewrite a big table for as
 * long as they run, that fail on a table with rows, that cannot run inside a transaction, or that
 * break instances still running the previous release, each with the safer way to do the same.
 *
 * <p>Tables created earlier in the same script are new and empty, so statements on them are not
 * flagged ({@code CREATE TABLE IF NOT EXISTS} does not count: the table may be an old one).
 * Statements are recognised by their keywords; anything the linter does not understand is left
 * alone, and the linter never throws on bad SQL.
 *
 * <p>Rules: {@code index-without-concurrently}, {@code requires-no-transaction},
 * {@code no-transaction-multiple-statements}, {@code add-column-volatile-default},
 * {@code add-column-not-null-without-default}, {@code alter-column-type}, {@code set-not-null},
 * {@code foreign-key-without-not-valid}, {@code check-without-not-valid},
 * {@code add-unique-constraint}, {@code add-primary-key}, {@code rename-table},
 * {@code rename-column}, {@code drop-table}, {@code drop-column}, {@code lock-table},
 * {@code vacuum-full}, {@code cluster}, {@code reindex-without-concurrently}.
 */
public final class MigrationLinter {

	/**
	 * The comment that, as the first line of a {@code migration.sql}, makes deploy run the migration
	 * outside a transaction, statement by statement, as {@code CREATE INDEX CONCURRENTLY} needs.
	 */
	public static final String NO_TRANSACTION_DIRECTIVE = "-- prisma:no-transaction";

	private MigrationLinter() {
	}

	/**
	 * @param script the SQL of one migration
	 * @return what the linter found, in the order of the script's lines; empty when nothing
	 */
	public static List<LintFinding> lint(String script) {
		Objects.requireNonNull(script, "script");
		return new ScriptLint(script, null).lint(script);
	}

	/**
	 * @param script the SQL of one migration
	 * @param migration the migration's name, such as {@code 20240101120000_add_index}, which each
	 * message then starts with, together with the line
	 * @return what the linter found, in the order of the script's lines; empty when nothing
	 */
	public static List<LintFinding> lint(String script, String migration) {
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(migration, "migration");
		return new ScriptLint(script, migration).lint(script);
	}
}
