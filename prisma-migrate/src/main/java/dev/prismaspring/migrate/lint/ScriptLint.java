package dev.prismaspring.migrate.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.prismaspring.migrate.sql.SqlStatements;
import dev.prismaspring.migrate.sql.SqlStatements.Statement;

/** Linting one script: the tables it has created so far, and what it found. */
final class ScriptLint {

	private final String migration;

	private final boolean noTransaction;

	private final List<TableName> created = new ArrayList<>();

	private final List<LintFinding> findings = new ArrayList<>();

	ScriptLint(String script, String migration) {
		this.migration = migration;
		this.noTransaction = SqlStatements.startsWithDirective(script, MigrationLinter.NO_TRANSACTION_DIRECTIVE);
	}

	List<LintFinding> lint(String script) {
		List<Statement> statements = SqlStatements.split(script);
		for (Statement statement : statements) {
			new StatementLint(this, statement).lint();
		}
		if (this.noTransaction && statements.size() > 1) {
			report(Rule.NO_TRANSACTION_MULTIPLE_STATEMENTS, statements.get(1), null, "This migration runs outside a"
					+ " transaction (" + MigrationLinter.NO_TRANSACTION_DIRECTIVE + ") and has " + statements.size()
					+ " statements: when one fails, those before it stay applied and the migration is left half done.");
		}
		this.findings.sort(Comparator.comparingInt(LintFinding::line));
		return List.copyOf(this.findings);
	}

	boolean noTransaction() {
		return this.noTransaction;
	}

	/** @return whether the table was created earlier in this script, so that it is new and empty */
	boolean isNew(TableName table) {
		return table != null && this.created.stream().anyMatch(table::sameAs);
	}

	void created(TableName table) {
		this.created.add(table);
	}

	void dropped(TableName table) {
		this.created.removeIf(table::sameAs);
	}

	/** Reports {@code what} as {@link Rule#REQUIRES_NO_TRANSACTION} unless the script runs outside a transaction. */
	void requireNoTransaction(Statement statement, Token at, String what) {
		if (!this.noTransaction) {
			report(Rule.REQUIRES_NO_TRANSACTION, statement, at, what + " cannot run inside a transaction block, and"
					+ " this migration runs in one because its first line is not `"
					+ MigrationLinter.NO_TRANSACTION_DIRECTIVE + "`.");
		}
	}

	void report(Rule rule, Statement statement, Token at, String message) {
		report(rule, statement, at, message, rule.recipe());
	}

	void report(Rule rule, Statement statement, Token at, String message, String recipe) {
		int line = statement.line() + lineBreaks(statement.text(), (at != null) ? at.offset() : 0);
		String located = (this.migration != null) ? "Migration `" + this.migration + "`, line " + line + ": " + message
				: message;
		this.findings.add(new LintFinding(rule.id(), rule.severity(), line, statement.text(), located, recipe));
	}

	private static int lineBreaks(String text, int end) {
		int count = 0;
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				count++;
			}
		}
		return count;
	}
}
