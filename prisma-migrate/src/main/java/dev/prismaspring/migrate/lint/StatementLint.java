package dev.prismaspring.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.prismaspring.migrate.sql.SqlIdentifiers;
import dev.prismaspring.migrate.sql.SqlStatements.Statement;

/** Linting one statement; {@code ALTER TABLE} actions are left to {@link AlterTableLint}. */
final class StatementLint {

	private final ScriptLint script;

	private final Statement statement;

	private final Cursor cursor;

	private final Token first;

	StatementLint(ScriptLint script, Statement statement) {
		this.script = script;
		this.statement = statement;
		this.cursor = new Cursor(Tokens.of(statement.text()));
		this.first = this.cursor.peek();
	}

	void lint() {
		if (this.cursor.accept("create")) {
			create();
		}
		else if (this.cursor.accept("alter")) {
			alter();
		}
		else if (this.cursor.accept("drop")) {
			drop();
		}
		else if (this.cursor.accept("lock")) {
			lock();
		}
		else if (this.cursor.accept("vacuum")) {
			vacuum();
		}
		else if (this.cursor.accept("cluster")) {
			cluster();
		}
		else if (this.cursor.accept("reindex")) {
			reindex();
		}
	}

	private void create() {
		this.cursor.accept("or", "replace");
		if (!this.cursor.accept("global")) {
			this.cursor.accept("local");
		}
		if (!this.cursor.accept("temporary")) {
			this.cursor.accept("temp");
		}
		this.cursor.accept("unlogged");
		if (this.cursor.accept("table")) {
			// With IF NOT EXISTS the table may be an old one, full of rows.
			boolean ifNotExists = this.cursor.accept("if", "not", "exists");
			TableName table = this.cursor.tableName();
			if (table != null && !ifNotExists) {
				this.script.created(table);
			}
			return;
		}
		boolean unique = this.cursor.accept("unique");
		Token index = this.cursor.peek();
		if (this.cursor.accept("index")) {
			createIndex(unique, index);
		}
		else if (this.cursor.accept("database")) {
			this.script.requireNoTransaction(this.statement, this.first, "CREATE DATABASE");
		}
		else if (this.cursor.accept("tablespace")) {
			this.script.requireNoTransaction(this.statement, this.first, "CREATE TABLESPACE");
		}
	}

	private void createIndex(boolean unique, Token index) {
		boolean concurrently = this.cursor.accept("concurrently");
		this.cursor.accept("if", "not", "exists");
		String name = (this.cursor.peek() != null && !this.cursor.peek().is("on")) ? this.cursor.identifier() : null;
		this.cursor.accept("on");
		this.cursor.accept("only");
		TableName table = this.cursor.tableName();
		String what = "CREATE " + (unique ? "UNIQUE " : "") + "INDEX";
		if (concurrently) {
			this.script.requireNoTransaction(this.statement, this.first, what + " CONCURRENTLY");
		}
		else if (table != null && !this.script.isNew(table)) {
			this.script.report(Rule.INDEX_WITHOUT_CONCURRENTLY, this.statement, this.first,
					what + ((name != null) ? " " + SqlIdentifiers.quote(name) : "") + " on existing table " + table
							+ " takes a SHARE lock that blocks inserts, updates and deletes on the table until the"
							+ " index is built, which takes long on a big table.",
					concurrentIndexRecipe(index));
		}
	}

	private String concurrentIndexRecipe(Token index) {
		String text = this.statement.text();
		String concurrent = text.substring(0, index.end()) + " CONCURRENTLY" + text.substring(index.end());
		return "Build it with " + concurrent + ", which lets writes go on, in a migration of its own whose first"
				+ " line is `" + MigrationLinter.NO_TRANSACTION_DIRECTIVE
				+ "` so that deploy runs it outside a transaction.";
	}

	private void alter() {
		if (this.cursor.accept("table")) {
			this.cursor.accept("if", "exists");
			this.cursor.accept("only");
			if (this.cursor.accept("all", "in", "tablespace")) {
				return;
			}
			TableName table = this.cursor.tableName();
			this.cursor.acceptSymbol('*');
			if (table != null) {
				new AlterTableLint(this.script, this.statement, table).lint(this.cursor.rest());
			}
		}
		else if (this.cursor.accept("system")) {
			this.script.requireNoTransaction(this.statement, this.first, "ALTER SYSTEM");
		}
	}

	private void drop() {
		if (this.cursor.accept("table")) {
			this.cursor.accept("if", "exists");
			for (TableName table : this.cursor.tableNames()) {
				if (this.script.isNew(table)) {
					this.script.dropped(table);
				}
				else {
					this.script.report(Rule.DROP_TABLE, this.statement, this.first, "DROP TABLE " + table
							+ " deletes the table and its rows for good, and instances still running the old code"
							+ " fail on every query that uses it.");
				}
			}
		}
		else if (this.cursor.accept("index")) {
			if (this.cursor.accept("concurrently")) {
				this.script.requireNoTransaction(this.statement, this.first, "DROP INDEX CONCURRENTLY");
			}
		}
		else if (this.cursor.accept("database")) {
			this.script.requireNoTransaction(this.statement, this.first, "DROP DATABASE");
		}
		else if (this.cursor.accept("tablespace")) {
			this.script.requireNoTransaction(this.statement, this.first, "DROP TABLESPACE");
		}
	}

	private void lock() {
		this.cursor.accept("table");
		this.cursor.accept("only");
		List<TableName> tables = this.cursor.tableNames();
		if (!tables.isEmpty() && tables.stream().allMatch(this.script::isNew)) {
			return;
		}
		String mode = "ACCESS EXCLUSIVE";
		if (this.cursor.accept("in")) {
			List<String> words = new ArrayList<>();
			while (this.cursor.peek() != null && !this.cursor.peek().is("mode")) {
				words.add(this.cursor.next().text().toUpperCase(Locale.ROOT));
			}
			mode = String.join(" ", words);
		}
		this.script.report(Rule.LOCK_TABLE, this.statement, this.first, "LOCK TABLE " + names(tables) + " takes an "
				+ mode + " lock and holds it until the migration's transaction ends, so other sessions wait on it"
				+ " for the rest of the migration.");
	}

	private void vacuum() {
		this.script.requireNoTransaction(this.statement, this.first, "VACUUM");
		boolean full = false;
		if (this.cursor.peek() != null && this.cursor.peek().isSymbol('(')) {
			full = option("full");
		}
		else {
			while (this.cursor.peek() != null && (this.cursor.peek().is("full") || this.cursor.peek().is("freeze")
					|| this.cursor.peek().is("verbose") || this.cursor.peek().is("analyze")
					|| this.cursor.peek().is("analyse"))) {
				full |= this.cursor.next().is("full");
			}
		}
		if (!full) {
			return;
		}
		List<TableName> tables = new ArrayList<>();
		TableName table = this.cursor.tableName();
		while (table != null) {
			tables.add(table);
			this.cursor.skipParentheses();
			table = this.cursor.acceptSymbol(',') ? this.cursor.tableName() : null;
		}
		if (!tables.isEmpty() && tables.stream().allMatch(this.script::isNew)) {
			return;
		}
		this.script.report(Rule.VACUUM_FULL, this.statement, this.first, "VACUUM FULL rewrites "
				+ (tables.isEmpty() ? "every table of the database" : names(tables))
				+ " under an ACCESS EXCLUSIVE lock, blocking reads and writes until each table is copied.");
	}

	private void cluster() {
		if (this.cursor.peek() != null && this.cursor.peek().isSymbol('(')) {
			this.cursor.skipParentheses();
		}
		this.cursor.accept("verbose");
		TableName table = this.cursor.tableName();
		if (this.cursor.accept("on")) {
			table = this.cursor.tableName();
		}
		if (table == null) {
			this.script.requireNoTransaction(this.statement, this.first, "CLUSTER without a table");
		}
		else if (this.script.isNew(table)) {
			return;
		}
		this.script.report(Rule.CLUSTER, this.statement, this.first, "CLUSTER rewrites "
				+ ((table != null) ? table : "every clustered table of the database")
				+ " in index order under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done.");
	}

	private void reindex() {
		boolean concurrently = this.cursor.peek() != null && this.cursor.peek().isSymbol('(') && option("concurrently");
		Token kindToken = this.cursor.next();
		if (kindToken == null) {
			return;
		}
		String kind = kindToken.text().toUpperCase(Locale.ROOT);
		concurrently |= this.cursor.accept("concurrently");
		TableName name = this.cursor.tableName();
		boolean wide = kind.equals("SCHEMA") || kind.equals("DATABASE") || kind.equals("SYSTEM");
		String what = "REINDEX " + kind + (concurrently ? " CONCURRENTLY" : "");
		if (concurrently || wide) {
			this.script.requireNoTransaction(this.statement, this.first, what);
		}
		if (concurrently || (kind.equals("TABLE") && this.script.isNew(name))) {
			return;
		}
		this.script.report(Rule.REINDEX_WITHOUT_CONCURRENTLY, this.statement, this.first,
				what + ((name != null) ? " " + name : "") + " blocks writes to the tables it covers, and reads that"
						+ " would use the indexes it rebuilds, until it is done.");
	}

	/**
	 * Reads a parenthesised option list, such as VACUUM's {@code (FULL, ANALYZE)}.
	 *
	 * @return whether it turns {@code name} on: named without a value or with one other than off, false or 0
	 */
	private boolean option(String name) {
		int depth = this.cursor.peek().depth() + 1;
		boolean on = false;
		this.cursor.next();
		while (!this.cursor.atEnd()) {
			Token token = this.cursor.next();
			if (token.isSymbol(')') && token.depth() == depth - 1) {
				break;
			}
			if (token.depth() == depth && token.is(name)) {
				Token value = this.cursor.peek();
				on = value == null || value.kind() == Token.Kind.SYMBOL
						|| !(value.is("off") || value.is("false") || value.text().equals("0")
								|| value.text().equalsIgnoreCase("'off'") || value.text().equalsIgnoreCase("'false'"));
			}
		}
		return on;
	}

	private static String names(List<TableName> tables) {
		return tables.stream().map(TableName::toString).collect(Collectors.joining(", "));
	}
}
