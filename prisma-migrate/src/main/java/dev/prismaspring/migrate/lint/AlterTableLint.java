package dev.prismaspring.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.prismaspring.migrate.sql.SqlIdentifiers;
import dev.prismaspring.migrate.sql.SqlStatements.Statement;

/** Linting the actions of one {@code ALTER TABLE}, such as {@code ADD COLUMN} and {@code ALTER COLUMN ... TYPE}. */
final class AlterTableLint {

	/** Functions whose value differs per row, so that a default made of them must be written into every row. */
	private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "random_normal", "gen_random_uuid",
			"gen_random_bytes", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7",
			"clock_timestamp", "timeofday", "nextval");

	private static final Set<String> SERIAL_TYPES = Set.of("smallserial", "serial", "bigserial", "serial2", "serial4",
			"serial8");

	/** Words that end a column's DEFAULT expression. */
	private static final Set<String> COLUMN_CONSTRAINTS = Set.of("constraint", "not", "null", "primary", "unique",
			"check", "references", "generated", "collate", "default");

	private final ScriptLint script;

	private final Statement statement;

	private final TableName table;

	AlterTableLint(ScriptLint script, Statement statement, TableName table) {
		this.script = script;
		this.statement = statement;
		this.table = table;
	}

	void lint(List<Token> actions) {
		List<Token> action = new ArrayList<>();
		for (Token token : actions) {
			if (token.isSymbol(',') && token.depth() == 0) {
				action(action);
				action = new ArrayList<>();
			}
			else {
				action.add(token);
			}
		}
		action(action);
	}

	private void action(List<Token> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		Cursor cursor = new Cursor(tokens);
		Token first = tokens.get(0);
		if (cursor.accept("rename")) {
			rename(cursor, first);
		}
		else if (cursor.accept("detach", "partition")) {
			if (cursor.containsAtTopLevel("concurrently")) {
				this.script.requireNoTransaction(this.statement, first, "DETACH PARTITION CONCURRENTLY");
			}
		}
		else if (this.script.isNew(this.table)) {
			return;
		}
		else if (cursor.accept("add")) {
			add(cursor, first);
		}
		else if (cursor.accept("alter")) {
			alterColumn(cursor, first);
		}
		else if (cursor.accept("drop")) {
			dropColumn(cursor, first);
		}
	}

	private void add(Cursor cursor, Token first) {
		Token next = cursor.peek();
		if (next == null) {
			return;
		}
		if (next.is("constraint") || next.is("check") || next.is("unique") || next.is("primary") || next.is("foreign")
				|| next.is("exclude")) {
			addConstraint(cursor, first);
			return;
		}
		cursor.accept("column");
		cursor.accept("if", "not", "exists");
		String column = cursor.identifier();
		if (column != null) {
			new AddColumn(column, cursor.rest()).lint(first);
		}
	}

	private void addConstraint(Cursor cursor, Token first) {
		String name = cursor.accept("constraint") ? cursor.identifier() : null;
		String what = "ADD CONSTRAINT" + ((name != null) ? " " + SqlIdentifiers.quote(name) : "");
		if (cursor.accept("foreign", "key")) {
			if (!cursor.containsAtTopLevel("not", "valid")) {
				TableName referenced = cursor.skipPast("references") ? cursor.tableName() : null;
				boolean two = referenced != null && !referenced.sameAs(this.table);
				report(Rule.FOREIGN_KEY_WITHOUT_NOT_VALID, first, what + " FOREIGN KEY on existing table " + this.table
						+ " checks every row while it holds SHARE ROW EXCLUSIVE locks on " + this.table
						+ (two ? " and on the referenced table " + referenced : "") + ", blocking writes to "
						+ (two ? "both" : "it") + " until the check is done.",
						notValidRecipe(Rule.FOREIGN_KEY_WITHOUT_NOT_VALID, name));
			}
		}
		else if (cursor.accept("check")) {
			if (!cursor.containsAtTopLevel("not", "valid")) {
				report(Rule.CHECK_WITHOUT_NOT_VALID, first, what + " CHECK on existing table " + this.table
						+ " checks every row under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is"
						+ " done.", notValidRecipe(Rule.CHECK_WITHOUT_NOT_VALID, name));
			}
		}
		else if (cursor.accept("unique")) {
			if (!cursor.accept("using", "index")) {
				report(Rule.ADD_UNIQUE_CONSTRAINT, first, what + " UNIQUE on existing table " + this.table
						+ " builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes until the index"
						+ " is built.", uniqueRecipe(cursor, name));
			}
		}
		else if (cursor.accept("primary", "key")) {
			if (!cursor.accept("using", "index")) {
				report(Rule.ADD_PRIMARY_KEY, first, what + " PRIMARY KEY on existing table " + this.table
						+ " builds its index, and checks that the key columns hold no NULL, under an ACCESS EXCLUSIVE"
						+ " lock, blocking reads and writes until it is done.", Rule.ADD_PRIMARY_KEY.recipe());
			}
		}
	}

	private String notValidRecipe(Rule rule, String name) {
		if (name == null) {
			return rule.recipe();
		}
		return "Add the constraint with NOT VALID, which is quick and already checks new rows, then run ALTER TABLE "
				+ this.table + " VALIDATE CONSTRAINT " + SqlIdentifiers.quote(name)
				+ " in a later migration; validating lets reads and writes go on.";
	}

	private String uniqueRecipe(Cursor cursor, String name) {
		cursor.accept("nulls", "not", "distinct");
		cursor.accept("nulls", "distinct");
		Token open = cursor.peek();
		Token close = cursor.skipParentheses();
		if (name == null || close == null) {
			return Rule.ADD_UNIQUE_CONSTRAINT.recipe();
		}
		String index = SqlIdentifiers.quote(name);
		String columns = this.statement.text().substring(open.offset(), close.end());
		return "Build the index first, in a migration of its own whose first line is `"
				+ MigrationLinter.NO_TRANSACTION_DIRECTIVE + "`: CREATE UNIQUE INDEX CONCURRENTLY " + index + " ON "
				+ this.table + " " + columns + "; then, in the next migration, ALTER TABLE " + this.table
				+ " ADD CONSTRAINT " + index + " UNIQUE USING INDEX " + index + ", which is quick.";
	}

	private void alterColumn(Cursor cursor, Token first) {
		if (cursor.accept("constraint")) {
			return;
		}
		cursor.accept("column");
		String column = cursor.identifier();
		if (column == null) {
			return;
		}
		String quoted = SqlIdentifiers.quote(column);
		if (cursor.accept("type") || cursor.accept("set", "data", "type")) {
			String type = typeText(cursor);
			boolean using = cursor.containsAtTopLevel("using");
			report(Rule.ALTER_COLUMN_TYPE, first, "ALTER COLUMN " + quoted + " TYPE " + type + " on existing table "
					+ this.table + " takes an ACCESS EXCLUSIVE lock and "
					+ (using ? "with USING rewrites the table"
							: "rewrites the table unless the old type converts to the new one without work (such as a"
									+ " longer VARCHAR)")
					+ ", rebuilding its indexes while reads and writes wait.", Rule.ALTER_COLUMN_TYPE.recipe());
		}
		else if (cursor.accept("set", "not", "null")) {
			report(Rule.SET_NOT_NULL, first, "SET NOT NULL on column " + quoted + " of existing table " + this.table
					+ " scans the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is"
					+ " done.", setNotNullRecipe(quoted));
		}
	}

	private String typeText(Cursor cursor) {
		List<Token> rest = cursor.rest();
		Token last = null;
		for (Token token : rest) {
			if (token.depth() == 0 && (token.is("using") || token.is("collate"))) {
				break;
			}
			last = token;
		}
		return (last != null) ? this.statement.text().substring(rest.get(0).offset(), last.end()) : "";
	}

	private String setNotNullRecipe(String column) {
		String check = SqlIdentifiers.quote(SqlIdentifiers.truncate(this.table.name() + "_" + unquoted(column)
				+ "_not_null"));
		String alter = "ALTER TABLE " + this.table;
		return "Prove it first without blocking: " + alter + " ADD CONSTRAINT " + check + " CHECK (" + column
				+ " IS NOT NULL) NOT VALID; then " + alter + " VALIDATE CONSTRAINT " + check
				+ " (a scan that lets reads and writes go on); then " + alter + " ALTER COLUMN " + column
				+ " SET NOT NULL, which PostgreSQL 12 and later prove from the check without a scan; then " + alter
				+ " DROP CONSTRAINT " + check + ".";
	}

	private static String unquoted(String quoted) {
		return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
	}

	private void dropColumn(Cursor cursor, Token first) {
		if (cursor.accept("constraint")) {
			return;
		}
		cursor.accept("column");
		cursor.accept("if", "exists");
		String column = cursor.identifier();
		if (column != null) {
			report(Rule.DROP_COLUMN, first, "DROP COLUMN " + SqlIdentifiers.quote(column) + " of existing table "
					+ this.table + " deletes its data for good, and instances still running the old code fail on every"
					+ " query that reads or writes the column.", Rule.DROP_COLUMN.recipe());
		}
	}

	private void rename(Cursor cursor, Token first) {
		if (cursor.accept("constraint")) {
			return;
		}
		if (cursor.accept("to")) {
			String name = cursor.identifier();
			if (name == null) {
				return;
			}
			if (this.script.isNew(this.table)) {
				this.script.created(new TableName(this.table.schema(), name));
				return;
			}
			report(Rule.RENAME_TABLE, first, "RENAME of existing table " + this.table + " to "
					+ SqlIdentifiers.quote(name) + " breaks instances still running the old code, which keep querying"
					+ " the old name until they are all replaced.", Rule.RENAME_TABLE.recipe());
			return;
		}
		cursor.accept("column");
		String from = cursor.identifier();
		cursor.accept("to");
		String to = cursor.identifier();
		if (from == null || to == null || this.script.isNew(this.table)) {
			return;
		}
		report(Rule.RENAME_COLUMN, first, "RENAME of column " + SqlIdentifiers.quote(from) + " of existing table "
				+ this.table + " to " + SqlIdentifiers.quote(to) + " breaks instances still running the old code,"
				+ " which keep using the old name until they are all replaced.", Rule.RENAME_COLUMN.recipe());
	}

	private void report(Rule rule, Token at, String message, String recipe) {
		this.script.report(rule, this.statement, at, message, recipe);
	}

	/** An {@code ADD COLUMN} action on an existing table: its type and column constraints. */
	private final class AddColumn {

		private final String column;

		private final List<Token> definition;

		private boolean notNull;

		private boolean primaryKey;

		private boolean unique;

		private boolean hasDefault;

		private boolean identity;

		private boolean stored;

		private String volatileFunction;

		AddColumn(String column, List<Token> definition) {
			this.column = SqlIdentifiers.quote(column);
			this.definition = definition;
			read();
		}

		private void read() {
			List<Token> tokens = this.definition;
			for (int i = 0; i < tokens.size(); i++) {
				Token token = tokens.get(i);
				if (token.depth() != 0) {
					continue;
				}
				if (token.is("not") && is(i + 1, "null") && !is(i - 1, "is")) {
					this.notNull = true;
				}
				else if (token.is("primary") && is(i + 1, "key")) {
					this.primaryKey = true;
				}
				else if (token.is("unique")) {
					this.unique = true;
				}
				else if (token.is("identity")) {
					this.identity = true;
				}
				else if (token.is("stored")) {
					this.stored = true;
				}
				else if (token.is("default")) {
					this.hasDefault = true;
					if (this.volatileFunction == null) {
						this.volatileFunction = volatileCall(i + 1);
					}
				}
			}
		}

		private boolean is(int index, String keyword) {
			return index >= 0 && index < this.definition.size() && this.definition.get(index).is(keyword);
		}

		/** @return the first volatile function the expression starting at {@code from} calls, or {@code null} */
		private String volatileCall(int from) {
			for (int i = from; i < this.definition.size(); i++) {
				Token token = this.definition.get(i);
				if (token.depth() == 0 && token.kind() == Token.Kind.WORD
						&& COLUMN_CONSTRAINTS.contains(token.identifier())) {
					return null;
				}
				if (token.kind() == Token.Kind.WORD && VOLATILE_FUNCTIONS.contains(token.identifier())
						&& i + 1 < this.definition.size() && this.definition.get(i + 1).isSymbol('(')) {
					return token.identifier() + "()";
				}
			}
			return null;
		}

		private String type() {
			Token type = this.definition.isEmpty() ? null : this.definition.get(0);
			return (type != null && type.isIdentifier()) ? type.identifier() : "";
		}

		void lint(Token first) {
			String what = "ADD COLUMN " + this.column;
			String rewrite = " rewrites every row of existing table " + AlterTableLint.this.table
					+ " under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done";
			if (SERIAL_TYPES.contains(type())) {
				report(Rule.ADD_COLUMN_VOLATILE_DEFAULT, first, what + " of type " + type().toUpperCase(Locale.ROOT)
						+ " fills the existing rows from a sequence (nextval() is volatile) and so" + rewrite + ".",
						"Create a sequence, add the column as a plain INTEGER or BIGINT without a default, ALTER"
								+ " COLUMN ... SET DEFAULT nextval('the_sequence') and ALTER SEQUENCE ... OWNED BY the"
								+ " column, then fill the existing rows in batches.");
			}
			else if (this.identity) {
				report(Rule.ADD_COLUMN_VOLATILE_DEFAULT, first, what + " GENERATED AS IDENTITY numbers the existing"
						+ " rows and so" + rewrite + ".",
						"Add the column without IDENTITY, fill the existing rows in batches from a sequence, make it"
								+ " NOT NULL the safe way, then ALTER COLUMN ... ADD GENERATED BY DEFAULT AS IDENTITY"
								+ " (START WITH a value past the largest one).");
			}
			else if (this.stored) {
				report(Rule.ADD_COLUMN_VOLATILE_DEFAULT, first, what + " GENERATED ALWAYS AS (...) STORED computes"
						+ " the value of every existing row and so" + rewrite + ".",
						"Add a plain column, fill it in batches and keep it current with a trigger, or compute the"
								+ " value where it is read (a view, or a virtual generated column on PostgreSQL 18).");
			}
			else if (this.volatileFunction != null) {
				report(Rule.ADD_COLUMN_VOLATILE_DEFAULT, first, what + " with the volatile default "
						+ this.volatileFunction + " gives every existing row its own value and so" + rewrite
						+ " (only constant and stable defaults, such as now(), are stored without a rewrite).",
						Rule.ADD_COLUMN_VOLATILE_DEFAULT.recipe());
			}
			else if ((this.notNull || this.primaryKey) && !this.hasDefault) {
				report(Rule.ADD_COLUMN_NOT_NULL_WITHOUT_DEFAULT, first, what + " NOT NULL without a DEFAULT fails on"
						+ " existing table " + AlterTableLint.this.table
						+ " as soon as it has a row, because the existing rows would hold NULL.",
						Rule.ADD_COLUMN_NOT_NULL_WITHOUT_DEFAULT.recipe());
			}
			if (this.primaryKey) {
				report(Rule.ADD_PRIMARY_KEY, first, what + " PRIMARY KEY builds a unique index on existing table "
						+ AlterTableLint.this.table + " under an ACCESS EXCLUSIVE lock, blocking reads and writes"
						+ " until it is built.",
						"Add the column without PRIMARY KEY first. " + Rule.ADD_PRIMARY_KEY.recipe());
			}
			else if (this.unique) {
				report(Rule.ADD_UNIQUE_CONSTRAINT, first, what + " UNIQUE builds a unique index on existing table "
						+ AlterTableLint.this.table + " under an ACCESS EXCLUSIVE lock, blocking reads and writes"
						+ " until it is built.",
						"Add the column without UNIQUE first. " + Rule.ADD_UNIQUE_CONSTRAINT.recipe());
			}
		}
	}
}
