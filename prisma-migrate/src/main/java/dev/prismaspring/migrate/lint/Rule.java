package dev.prismaspring.migrate.lint;

import dev.prismaspring.migrate.lint.LintFinding.Severity;

/** The lint rules: a stable id, how bad a finding is, and the safer way unless a finding says more. */
enum Rule {

	INDEX_WITHOUT_CONCURRENTLY("index-without-concurrently", Severity.WARNING,
			"Build the index with CREATE INDEX CONCURRENTLY, which lets writes go on, in a migration of its own whose"
					+ " first line is `" + MigrationLinter.NO_TRANSACTION_DIRECTIVE
					+ "` so that deploy runs it outside a transaction."),

	REQUIRES_NO_TRANSACTION("requires-no-transaction", Severity.ERROR,
			"Move the statement into a migration of its own whose first line is `"
					+ MigrationLinter.NO_TRANSACTION_DIRECTIVE + "`; deploy then runs it outside a transaction."),

	NO_TRANSACTION_MULTIPLE_STATEMENTS("no-transaction-multiple-statements", Severity.WARNING,
			"Give each statement that needs `" + MigrationLinter.NO_TRANSACTION_DIRECTIVE
					+ "` a migration of its own, keep the rest in ordinary migrations, and write it so that it can run"
					+ " again (CREATE INDEX CONCURRENTLY IF NOT EXISTS)."),

	ADD_COLUMN_VOLATILE_DEFAULT("add-column-volatile-default", Severity.WARNING,
			"Add the column without a default, then ALTER COLUMN ... SET DEFAULT so that new rows get it, and fill"
					+ " the existing rows with UPDATEs in batches, each in its own transaction."),

	ADD_COLUMN_NOT_NULL_WITHOUT_DEFAULT("add-column-not-null-without-default", Severity.ERROR,
			"Add the column as nullable, or with a constant DEFAULT (stored without a rewrite since PostgreSQL 11);"
					+ " fill the existing rows in batches, then make it NOT NULL as the set-not-null rule shows."),

	ALTER_COLUMN_TYPE("alter-column-type", Severity.WARNING,
			"Add a column of the new type, write to both from the application, fill the new one in batches, move the"
					+ " readers over and drop the old column in a later migration. No workaround is needed where no"
					+ " rewrite happens: VARCHAR(n) to a longer VARCHAR or to TEXT, or a NUMERIC given more precision,"
					+ " without USING."),

	SET_NOT_NULL("set-not-null", Severity.WARNING,
			"Add a CHECK (column IS NOT NULL) NOT VALID constraint, VALIDATE CONSTRAINT it (the scan lets reads and"
					+ " writes go on), then SET NOT NULL, which PostgreSQL 12 and later prove from the check without a"
					+ " scan, and drop the check."),

	FOREIGN_KEY_WITHOUT_NOT_VALID("foreign-key-without-not-valid", Severity.WARNING,
			"Add the foreign key with NOT VALID, which is quick and already checks new rows, then run ALTER TABLE ..."
					+ " VALIDATE CONSTRAINT in a later migration; validating lets reads and writes go on."),

	CHECK_WITHOUT_NOT_VALID("check-without-not-valid", Severity.WARNING,
			"Add the check with NOT VALID, which is quick and already checks new rows, then run ALTER TABLE ..."
					+ " VALIDATE CONSTRAINT in a later migration; validating lets reads and writes go on."),

	ADD_UNIQUE_CONSTRAINT("add-unique-constraint", Severity.WARNING,
			"Build the index first with CREATE UNIQUE INDEX CONCURRENTLY in a `"
					+ MigrationLinter.NO_TRANSACTION_DIRECTIVE + "` migration, then ALTER TABLE ... ADD CONSTRAINT"
					+ " name UNIQUE USING INDEX name, which is quick."),

	ADD_PRIMARY_KEY("add-primary-key", Severity.WARNING,
			"Make the key columns NOT NULL the safe way (see set-not-null), build the index with CREATE UNIQUE INDEX"
					+ " CONCURRENTLY in a `" + MigrationLinter.NO_TRANSACTION_DIRECTIVE
					+ "` migration, then ALTER TABLE ... ADD CONSTRAINT name PRIMARY KEY USING INDEX name."),

	RENAME_TABLE("rename-table", Severity.WARNING,
			"If only the model's name changes, keep the table's name with @@map(\"old_name\") instead. Otherwise"
					+ " rename in steps: a new table or a view under the new name that both releases can use, and the"
					+ " old name dropped once no running instance uses it."),

	RENAME_COLUMN("rename-column", Severity.WARNING,
			"If only the field's name changes, keep the column's name with @map(\"old_name\") instead. Otherwise add"
					+ " the new column, write to both, fill it in batches, move the readers over, and drop the old"
					+ " column in a later release."),

	DROP_TABLE("drop-table", Severity.WARNING,
			"Release code that no longer uses the table first and drop it in a later migration, once no running"
					+ " instance needs it; keep a backup if its data may be wanted again."),

	DROP_COLUMN("drop-column", Severity.WARNING,
			"Release code that no longer uses the column first and drop it in a later migration, once no running"
					+ " instance needs it; keep a backup if its data may be wanted again."),

	LOCK_TABLE("lock-table", Severity.WARNING,
			"Leave locking to the statements themselves; if a lock is really needed, take the weakest mode that"
					+ " works, keep the migration short, and SET lock_timeout so that it gives up rather than making"
					+ " every query queue behind it."),

	VACUUM_FULL("vacuum-full", Severity.WARNING,
			"Use plain VACUUM, which does not block reads or writes, or pg_repack / pg_squeeze to give space back"
					+ " online; leave maintenance out of migrations."),

	CLUSTER("cluster", Severity.WARNING,
			"Leave the physical order alone, or reorder online with pg_repack --order-by; leave maintenance out of"
					+ " migrations."),

	REINDEX_WITHOUT_CONCURRENTLY("reindex-without-concurrently", Severity.WARNING,
			"Use REINDEX ... CONCURRENTLY (PostgreSQL 12 and later) in a migration of its own whose first line is `"
					+ MigrationLinter.NO_TRANSACTION_DIRECTIVE + "`.");

	private final String id;

	private final Severity severity;

	private final String recipe;

	Rule(String id, Severity severity, String recipe) {
		this.id = id;
		this.severity = severity;
		this.recipe = recipe;
	}

	String id() {
		return this.id;
	}

	Severity severity() {
		return this.severity;
	}

	String recipe() {
		return this.recipe;
	}
}
