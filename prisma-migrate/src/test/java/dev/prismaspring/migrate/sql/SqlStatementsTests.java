package dev.prismaspring.migrate.sql;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.prismaspring.migrate.sql.SqlStatements.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class SqlStatementsTests {

	private static List<String> texts(String script) {
		return SqlStatements.split(script).stream().map(Statement::text).toList();
	}

	@Test
	void splitsAtSemicolonsAndDropsTheSemicolon() {
		assertThat(texts("SELECT 1;SELECT 2 ;\n\n  SELECT 3;")).containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
	}

	@Test
	void keepsALastStatementWithoutSemicolon() {
		assertThat(texts("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
	}

	@Test
	void emptyAndBlankScriptsHaveNoStatements() {
		assertThat(SqlStatements.split("")).isEmpty();
		assertThat(SqlStatements.split("  \n\t\r\n")).isEmpty();
		assertThat(SqlStatements.split(";;\n ; ")).isEmpty();
		assertThat(SqlStatements.split("-- only a comment\n/* and another */\n;")).isEmpty();
	}

	@Test
	void singleQuotedStringsWithDoubledQuotes() {
		assertThat(texts("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT 2"))
			.containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 2");
	}

	@Test
	void escapeStringsWithBackslashes() {
		assertThat(texts("SELECT E'a\\';b', e'\\\\';SELECT 2"))
			.containsExactly("SELECT E'a\\';b', e'\\\\'", "SELECT 2");
	}

	@Test
	void backslashesAreOrdinaryInStandardStrings() {
		assertThat(texts("SELECT 'a\\';SELECT 2")).containsExactly("SELECT 'a\\'", "SELECT 2");
	}

	@Test
	void anIdentifierEndingInEIsNotAnEscapeStringPrefix() {
		assertThat(texts("SELECT type'\\';SELECT 2")).containsExactly("SELECT type'\\'", "SELECT 2");
	}

	@Test
	void doubleQuotedIdentifiers() {
		assertThat(texts("CREATE TABLE \"a;\"\"b\" (\"x;\" int);SELECT 2"))
			.containsExactly("CREATE TABLE \"a;\"\"b\" (\"x;\" int)", "SELECT 2");
	}

	@Test
	void dollarQuotedFunctionBodies() {
		String function = """
				CREATE FUNCTION touch() RETURNS trigger AS $$
				BEGIN
				  NEW.updated := now();
				  RETURN NEW;
				END;
				$$ LANGUAGE plpgsql""";
		assertThat(texts(function + ";\nSELECT 2;")).containsExactly(function, "SELECT 2");
	}

	@Test
	void taggedDollarQuotesNestAndIgnoreOtherTags() {
		String body = "DO $outer$ BEGIN EXECUTE $inner$ SELECT 1; $inner$; PERFORM '$outer'; END $outer$";
		assertThat(texts(body + ";SELECT 2")).containsExactly(body, "SELECT 2");
	}

	@Test
	void dollarSignsThatAreNotQuotes() {
		assertThat(texts("PREPARE p AS SELECT $1;SELECT a$b$ FROM t;SELECT 3"))
			.containsExactly("PREPARE p AS SELECT $1", "SELECT a$b$ FROM t", "SELECT 3");
	}

	@Test
	void lineAndNestedBlockComments() {
		String script = """
				SELECT 1 -- a; comment
				  + 2;
				/* outer /* inner; */ still; comment */ SELECT 3;
				""";
		assertThat(texts(script)).containsExactly("SELECT 1 -- a; comment\n  + 2", "SELECT 3");
	}

	@Test
	void stripsCommentsBeforeAndAfterAStatement() {
		assertThat(texts("-- CreateIndex\n/* note */ CREATE INDEX i ON t(a) -- trailing\n;"))
			.containsExactly("CREATE INDEX i ON t(a)");
	}

	@Test
	void semicolonsInsideParenthesesDoNotSplit() {
		assertThat(texts("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));SELECT 2"))
			.containsExactly("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
					"SELECT 2");
	}

	@Test
	void sqlStandardFunctionBodies() {
		String function = """
				CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql
				BEGIN ATOMIC
				  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;
				  SELECT a + 1;
				END""";
		assertThat(texts(function + ";\nBEGIN;\nSELECT 1;\nEND;"))
			.containsExactly(function, "BEGIN", "SELECT 1", "END");
	}

	@Test
	void linesAreThoseOfTheFirstCharacter() {
		String script = """
				-- CreateTable
				CREATE TABLE "a" (
				    "id" INTEGER
				);

				/* a
				   comment */

				   CREATE INDEX "i" ON "a"("id"); SELECT
				1;
				SELECT 'multi
				line'; SELECT 4""";
		assertThat(SqlStatements.split(script)).extracting(Statement::line).containsExactly(2, 9, 9, 11, 12);
	}

	@Test
	void crlfAndCrLineEnds() {
		String script = "-- comment\r\nSELECT 1;\r\n\r\nSELECT\r\n 2;\rSELECT 3;";
		assertThat(SqlStatements.split(script)).containsExactly(new Statement("SELECT 1", 2),
				new Statement("SELECT\r\n 2", 4), new Statement("SELECT 3", 6));
	}

	@Test
	void unterminatedQuotesRunToTheEnd() {
		assertThat(texts("SELECT 1; SELECT 'open; SELECT 3;\n")).containsExactly("SELECT 1", "SELECT 'open; SELECT 3;");
		assertThat(texts("SELECT \"open; SELECT 3")).containsExactly("SELECT \"open; SELECT 3");
		assertThat(texts("DO $x$ open; SELECT 3")).containsExactly("DO $x$ open; SELECT 3");
		assertThat(texts("SELECT E'open\\'; SELECT 3")).containsExactly("SELECT E'open\\'; SELECT 3");
	}

	@Test
	void unterminatedBlockCommentsRunToTheEnd() {
		assertThat(texts("SELECT 1; /* open; SELECT 3;")).containsExactly("SELECT 1");
		assertThat(texts("SELECT 2 /* open; SELECT 3;")).containsExactly("SELECT 2");
	}

	@Test
	void directiveOnTheFirstNonBlankLine() {
		String directive = "-- prisma:no-transaction";
		assertThat(SqlStatements.startsWithDirective("-- prisma:no-transaction\nCREATE INDEX CONCURRENTLY i ON t(a);",
				directive)).isTrue();
		assertThat(SqlStatements.startsWithDirective("\n  \r\n-- prisma:no-transaction  \t\r\nSELECT 1", directive))
			.isTrue();
		assertThat(SqlStatements.startsWithDirective("\uFEFF-- prisma:no-transaction", directive)).isTrue();
		assertThat(SqlStatements.startsWithDirective("SELECT 1;\n-- prisma:no-transaction", directive)).isFalse();
		assertThat(SqlStatements.startsWithDirective("-- prisma:no-transaction please", directive)).isFalse();
		assertThat(SqlStatements.startsWithDirective("-- comment\n-- prisma:no-transaction", directive)).isFalse();
		assertThat(SqlStatements.startsWithDirective("", directive)).isFalse();
	}
}
