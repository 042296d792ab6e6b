package dev.prismaspring.migrate.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.prismaspring.migrate.lint.LintFinding.Severity;
import dev.prismaspring.migrate.sql.SqlStatements;
import dev.prismaspring.migrate.sql.SqlStatements.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class MigrationLinterTests {

	private static final String NEW_POST = """
			CREATE TABLE "Post" (
			    "id" SERIAL NOT NULL,
			    "title" TEXT NOT NULL,
			    "authorId" INTEGER NOT NULL,
			    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
			);
			""";

	private static List<String> rules(String script) {
		return MigrationLinter.lint(script).stream().map(LintFinding::rule).toList();
	}

	private static LintFinding only(String script) {
		List<LintFinding> findings = MigrationLinter.lint(script);
		assertThat(findings).hasSize(1);
		return findings.get(0);
	}

	@Test
	void indexWithoutConcurrently() {
		LintFinding finding = only("-- CreateIndex\nCREATE INDEX \"Post_title_idx\" ON \"Post\"(\"title\");");
		assertThat(finding.rule()).isEqualTo("index-without-concurrently");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.line()).isEqualTo(2);
		assertThat(finding.statement()).isEqualTo("CREATE INDEX \"Post_title_idx\" ON \"Post\"(\"title\")");
		assertThat(finding.message()).contains("\"Post_title_idx\"", "\"Post\"", "SHARE lock");
		assertThat(finding.recipe()).contains(
				"CREATE INDEX CONCURRENTLY \"Post_title_idx\" ON \"Post\"(\"title\")",
				MigrationLinter.NO_TRANSACTION_DIRECTIVE);
		assertThat(rules("create unique index if not exists i on public.post (title)"))
			.containsExactly("index-without-concurrently");
		assertThat(rules("CREATE INDEX ON ONLY \"Post\" (\"title\")")).containsExactly("index-without-concurrently");
	}

	@Test
	void indexOnANewTableIsNotFlagged() {
		assertThat(rules(NEW_POST + "CREATE INDEX \"Post_title_idx\" ON \"Post\"(\"title\");")).isEmpty();
		assertThat(rules(NEW_POST + "CREATE UNIQUE INDEX \"Post_title_key\" ON \"public\".\"Post\"(\"title\");"))
			.isEmpty();
		assertThat(rules("CREATE TABLE post (id int); CREATE INDEX i ON POST (id);")).isEmpty();
		assertThat(rules("CREATE TABLE \"Post\" (id int); CREATE INDEX i ON post (id);"))
			.containsExactly("index-without-concurrently");
		assertThat(rules("CREATE TABLE a.\"Post\" (id int); CREATE INDEX i ON b.\"Post\" (id);"))
			.containsExactly("index-without-concurrently");
		assertThat(rules("CREATE TABLE IF NOT EXISTS \"Post\" (id int); CREATE INDEX i ON \"Post\" (id);"))
			.containsExactly("index-without-concurrently");
	}

	@Test
	void indexConcurrentlyInItsOwnNoTransactionMigrationIsSafe() {
		String script = MigrationLinter.NO_TRANSACTION_DIRECTIVE + "\r\n"
				+ "CREATE INDEX CONCURRENTLY \"Post_title_idx\" ON \"Post\"(\"title\");\r\n";
		assertThat(MigrationLinter.lint(script)).isEmpty();
	}

	@Test
	void concurrentlyInsideATransactionIsAnError() {
		LintFinding finding = only("CREATE INDEX CONCURRENTLY \"Post_title_idx\" ON \"Post\"(\"title\");");
		assertThat(finding.rule()).isEqualTo("requires-no-transaction");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("CREATE INDEX CONCURRENTLY", "transaction block");
		assertThat(rules(NEW_POST + "CREATE INDEX CONCURRENTLY i ON \"Post\"(\"title\");"))
			.containsExactly("requires-no-transaction");
		assertThat(rules("DROP INDEX CONCURRENTLY \"Post_title_idx\"")).containsExactly("requires-no-transaction");
		assertThat(rules("-- a comment first\n" + MigrationLinter.NO_TRANSACTION_DIRECTIVE
				+ "\nCREATE INDEX CONCURRENTLY i ON t (a)")).containsExactly("requires-no-transaction");
		assertThat(rules("DROP INDEX \"Post_title_idx\"")).isEmpty();
	}

	@Test
	void noTransactionMigrationWithSeveralStatements() {
		String script = MigrationLinter.NO_TRANSACTION_DIRECTIVE + "\n"
				+ "CREATE INDEX CONCURRENTLY a ON t (a);\nCREATE INDEX CONCURRENTLY b ON t (b);\n";
		LintFinding finding = only(script);
		assertThat(finding.rule()).isEqualTo("no-transaction-multiple-statements");
		assertThat(finding.line()).isEqualTo(3);
	}

	@Test
	void addColumnWithVolatileDefault() {
		assertThat(rules("ALTER TABLE \"Post\" ADD COLUMN \"uid\" UUID NOT NULL DEFAULT gen_random_uuid();"))
			.containsExactly("add-column-volatile-default");
		assertThat(rules("ALTER TABLE \"Profile\" ADD COLUMN     \"token\" TEXT NOT NULL DEFAULT md5(random()::text);"))
			.containsExactly("add-column-volatile-default");
		assertThat(rules("alter table post add column at timestamptz default clock_timestamp()"))
			.containsExactly("add-column-volatile-default");
		assertThat(rules("ALTER TABLE post ADD COLUMN n BIGSERIAL")).containsExactly("add-column-volatile-default");
		assertThat(rules("ALTER TABLE post ADD n int DEFAULT nextval('s')")).containsExactly("add-column-volatile-default");
		assertThat(rules("ALTER TABLE post ADD COLUMN n int GENERATED ALWAYS AS IDENTITY"))
			.containsExactly("add-column-volatile-default");
		assertThat(rules("ALTER TABLE post ADD COLUMN n int GENERATED ALWAYS AS (a + 1) STORED"))
			.containsExactly("add-column-volatile-default");
		LintFinding finding = only("ALTER TABLE \"Post\" ADD COLUMN \"uid\" UUID DEFAULT public.uuid_generate_v4()");
		assertThat(finding.message()).contains("uuid_generate_v4()", "ACCESS EXCLUSIVE");
		assertThat(finding.recipe()).contains("SET DEFAULT", "batches");
	}

	@Test
	void addColumnWithAConstantOrStableDefaultIsSafe() {
		assertThat(rules("ALTER TABLE \"Post\" ADD COLUMN     \"rating\" DOUBLE PRECISION NOT NULL DEFAULT 1.5;"))
			.isEmpty();
		assertThat(rules("ALTER TABLE \"Post\" ADD COLUMN \"at\" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP"))
			.isEmpty();
		assertThat(rules("ALTER TABLE \"Post\" ADD COLUMN \"at\" TIMESTAMPTZ DEFAULT now(), ADD COLUMN \"b\" TEXT"))
			.isEmpty();
		assertThat(rules("ALTER TABLE \"Post\" ADD COLUMN \"note\" TEXT DEFAULT 'random()'")).isEmpty();
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" ADD COLUMN \"uid\" UUID DEFAULT gen_random_uuid();"))
			.isEmpty();
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" ADD COLUMN \"n\" BIGSERIAL;")).isEmpty();
	}

	@Test
	void addColumnNotNullWithoutDefault() {
		LintFinding finding = only("ALTER TABLE \"Post\" ADD COLUMN     \"summary\" TEXT NOT NULL;");
		assertThat(finding.rule()).isEqualTo("add-column-not-null-without-default");
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.message()).contains("\"summary\"", "\"Post\"");
		assertThat(rules("ALTER TABLE \"Post\" ADD COLUMN \"summary\" TEXT NOT NULL DEFAULT ''")).isEmpty();
		assertThat(rules("ALTER TABLE \"Post\" ADD COLUMN \"summary\" TEXT")).isEmpty();
		assertThat(rules("ALTER TABLE \"Post\" ADD COLUMN \"ok\" BOOLEAN CHECK (\"ok\" IS NOT NULL)")).isEmpty();
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" ADD COLUMN \"summary\" TEXT NOT NULL;")).isEmpty();
	}

	@Test
	void alterColumnType() {
		LintFinding finding = only("ALTER TABLE \"Post\" ALTER COLUMN \"views\" SET DATA TYPE BIGINT;");
		assertThat(finding.rule()).isEqualTo("alter-column-type");
		assertThat(finding.message()).contains("TYPE BIGINT", "ACCESS EXCLUSIVE");
		assertThat(finding.recipe()).contains("VARCHAR");
		assertThat(only("ALTER TABLE post ALTER views TYPE numeric(10, 2) USING views::numeric").message())
			.contains("TYPE numeric(10, 2)", "USING");
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" ALTER COLUMN \"title\" SET DATA TYPE VARCHAR(150);"))
			.isEmpty();
		assertThat(rules("ALTER TABLE \"Post\" ALTER COLUMN \"title\" SET DEFAULT 'x'")).isEmpty();
	}

	@Test
	void setNotNull() {
		String script = "-- AlterTable\nALTER TABLE \"User\" ALTER COLUMN \"name\" SET DEFAULT '',\n"
				+ "ALTER COLUMN \"name\" SET NOT NULL;";
		LintFinding finding = only(script);
		assertThat(finding.rule()).isEqualTo("set-not-null");
		assertThat(finding.line()).isEqualTo(3);
		assertThat(finding.recipe()).contains(
				"ADD CONSTRAINT \"User_name_not_null\" CHECK (\"name\" IS NOT NULL) NOT VALID",
				"VALIDATE CONSTRAINT \"User_name_not_null\"", "SET NOT NULL", "DROP CONSTRAINT \"User_name_not_null\"");
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" ALTER COLUMN \"title\" SET NOT NULL;")).isEmpty();
		assertThat(rules("ALTER TABLE \"User\" ALTER COLUMN \"name\" DROP NOT NULL")).isEmpty();
	}

	@Test
	void foreignKeyWithoutNotValid() {
		String statement = "ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\")"
				+ " REFERENCES \"User\"(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE";
		LintFinding finding = only(statement + ";");
		assertThat(finding.rule()).isEqualTo("foreign-key-without-not-valid");
		assertThat(finding.message()).contains("\"Post\"", "\"User\"", "SHARE ROW EXCLUSIVE");
		assertThat(finding.recipe()).contains("VALIDATE CONSTRAINT \"Post_authorId_fkey\"");
		assertThat(rules(statement + " NOT VALID;")).isEmpty();
		assertThat(rules("ALTER TABLE \"Post\" VALIDATE CONSTRAINT \"Post_authorId_fkey\"")).isEmpty();
		assertThat(rules(NEW_POST + statement)).isEmpty();
	}

	@Test
	void checkWithoutNotValid() {
		assertThat(rules("ALTER TABLE \"Post\" ADD CONSTRAINT \"c\" CHECK (\"views\" >= 0)"))
			.containsExactly("check-without-not-valid");
		assertThat(rules("ALTER TABLE \"Post\" ADD CONSTRAINT \"c\" CHECK (\"views\" IS NOT NULL) NOT VALID")).isEmpty();
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" ADD CHECK (\"id\" > 0)")).isEmpty();
	}

	@Test
	void uniqueConstraint() {
		LintFinding finding = only("ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_title_key\" UNIQUE (\"title\")");
		assertThat(finding.rule()).isEqualTo("add-unique-constraint");
		assertThat(finding.recipe()).contains(
				"CREATE UNIQUE INDEX CONCURRENTLY \"Post_title_key\" ON \"Post\" (\"title\")",
				"ADD CONSTRAINT \"Post_title_key\" UNIQUE USING INDEX \"Post_title_key\"");
		assertThat(rules("ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_title_key\" UNIQUE USING INDEX \"Post_title_key\""))
			.isEmpty();
		assertThat(rules("ALTER TABLE \"Post\" ADD COLUMN \"slug\" TEXT UNIQUE")).containsExactly("add-unique-constraint");
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" ADD CONSTRAINT \"k\" UNIQUE (\"title\")")).isEmpty();
	}

	@Test
	void primaryKey() {
		assertThat(rules("ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\")"))
			.containsExactly("add-primary-key");
		assertThat(rules("ALTER TABLE \"Post\" ADD PRIMARY KEY USING INDEX \"Post_id_key\"")).isEmpty();
		assertThat(rules("ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_pkey\" PRIMARY KEY USING INDEX \"Post_id_key\""))
			.isEmpty();
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" ADD CONSTRAINT \"p\" PRIMARY KEY (\"id\")")).isEmpty();
	}

	@Test
	void renames() {
		assertThat(rules("ALTER TABLE \"Post\" RENAME COLUMN \"content\" TO \"body\"")).containsExactly("rename-column");
		assertThat(rules("ALTER TABLE \"Post\" RENAME \"content\" TO \"body\"")).containsExactly("rename-column");
		LintFinding finding = only("ALTER TABLE \"Post\" RENAME TO \"Article\"");
		assertThat(finding.rule()).isEqualTo("rename-table");
		assertThat(finding.recipe()).contains("@@map");
		assertThat(rules("ALTER TABLE \"Post\" RENAME CONSTRAINT \"a\" TO \"b\"")).isEmpty();
		assertThat(rules("ALTER INDEX \"a\" RENAME TO \"b\"")).isEmpty();
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" RENAME COLUMN \"title\" TO \"name\";"
				+ "ALTER TABLE \"Post\" RENAME TO \"Article\"; CREATE INDEX i ON \"Article\" (\"name\")")).isEmpty();
	}

	@Test
	void drops() {
		assertThat(rules("ALTER TABLE \"Post\" DROP COLUMN \"content\",\nADD COLUMN \"body\" TEXT;"))
			.containsExactly("drop-column");
		assertThat(rules("ALTER TABLE \"Post\" DROP IF EXISTS \"content\"")).containsExactly("drop-column");
		assertThat(rules("ALTER TABLE \"Post\" DROP CONSTRAINT \"Post_pkey\"")).isEmpty();
		assertThat(rules("DROP TABLE IF EXISTS \"Post\", \"Tag\" CASCADE")).containsExactly("drop-table", "drop-table");
		assertThat(rules(NEW_POST + "ALTER TABLE \"Post\" DROP COLUMN \"title\"; DROP TABLE \"Post\";")).isEmpty();
		assertThat(rules(NEW_POST + "DROP TABLE \"Post\"; CREATE INDEX i ON \"Post\" (\"title\")"))
			.containsExactly("index-without-concurrently");
	}

	@Test
	void lockTable() {
		assertThat(only("LOCK TABLE \"Post\"").message()).contains("ACCESS EXCLUSIVE");
		assertThat(only("LOCK \"Post\" IN SHARE ROW EXCLUSIVE MODE").message()).contains("SHARE ROW EXCLUSIVE");
		assertThat(rules("LOCK TABLE \"Post\"")).containsExactly("lock-table");
		assertThat(rules(NEW_POST + "LOCK TABLE \"Post\"")).isEmpty();
	}

	@Test
	void vacuumFull() {
		String noTransaction = MigrationLinter.NO_TRANSACTION_DIRECTIVE + "\n";
		assertThat(rules(noTransaction + "VACUUM FULL \"Post\"")).containsExactly("vacuum-full");
		assertThat(rules(noTransaction + "VACUUM (FULL, ANALYZE) \"Post\" (\"title\")")).containsExactly("vacuum-full");
		assertThat(rules(noTransaction + "VACUUM (FULL false) \"Post\"")).isEmpty();
		assertThat(rules(noTransaction + "VACUUM ANALYZE \"Post\"")).isEmpty();
		assertThat(rules("VACUUM FULL \"Post\"")).containsExactlyInAnyOrder("requires-no-transaction", "vacuum-full");
	}

	@Test
	void cluster() {
		assertThat(rules("CLUSTER \"Post\" USING \"Post_pkey\"")).containsExactly("cluster");
		assertThat(rules(NEW_POST + "CLUSTER \"Post\" USING \"Post_pkey\"")).isEmpty();
	}

	@Test
	void reindex() {
		assertThat(rules("REINDEX INDEX \"Post_title_idx\"")).containsExactly("reindex-without-concurrently");
		assertThat(rules("REINDEX TABLE \"Post\"")).containsExactly("reindex-without-concurrently");
		assertThat(rules(MigrationLinter.NO_TRANSACTION_DIRECTIVE + "\nREINDEX TABLE CONCURRENTLY \"Post\"")).isEmpty();
		assertThat(rules(MigrationLinter.NO_TRANSACTION_DIRECTIVE + "\nREINDEX (CONCURRENTLY) TABLE \"Post\"")).isEmpty();
		assertThat(rules("REINDEX INDEX CONCURRENTLY \"Post_title_idx\"")).containsExactly("requires-no-transaction");
		assertThat(rules(NEW_POST + "REINDEX TABLE \"Post\"")).isEmpty();
	}

	@Test
	void quotedAndQualifiedNames() {
		String script = "CREATE TABLE \"my \"\"odd\"\" table\" (id int);"
				+ "CREATE INDEX i ON \"my \"\"odd\"\" table\" (id);"
				+ "CREATE INDEX j ON \"my \"\"other\"\" table\" (id);";
		LintFinding finding = only(script);
		assertThat(finding.message()).contains("\"my \"\"other\"\" table\"");
		assertThat(rules("CREATE TABLE \"app\".\"Post\" (id int); ALTER TABLE \"app\".\"Post\" ADD COLUMN n SERIAL;"))
			.isEmpty();
		assertThat(rules("CREATE TABLE \"Post\" (id int); ALTER TABLE app.\"Post\" ADD COLUMN n SERIAL;")).isEmpty();
		assertThat(only("ALTER TABLE ONLY \"app\".\"Post\" ADD COLUMN n SERIAL").message()).contains("\"app\".\"Post\"");
	}

	@Test
	void keywordsInStringsAndCommentsDoNotCount() {
		assertThat(rules("-- ALTER TABLE \"Post\" DROP COLUMN \"a\";\nSELECT 'ALTER TABLE x DROP COLUMN y';")).isEmpty();
		assertThat(rules("""
				CREATE FUNCTION f() RETURNS void AS $$
				BEGIN
				  ALTER TABLE "Post" DROP COLUMN "a";
				END;
				$$ LANGUAGE plpgsql;
				""")).isEmpty();
	}

	@Test
	void findingsOfOneStatementAndLines() {
		String script = """
				-- AlterTable
				ALTER TABLE "Post" DROP COLUMN "content",
				ADD COLUMN     "summary" TEXT NOT NULL,
				ALTER COLUMN "title" SET DATA TYPE VARCHAR(150);

				-- CreateIndex
				CREATE INDEX "Post_authorId_published_idx" ON "Post"("authorId", "published");
				""";
		List<LintFinding> findings = MigrationLinter.lint(script);
		assertThat(findings).extracting(LintFinding::rule)
			.containsExactly("drop-column", "add-column-not-null-without-default", "alter-column-type",
					"index-without-concurrently");
		assertThat(findings).extracting(LintFinding::line).containsExactly(2, 3, 4, 7);
	}

	@Test
	void migrationNameInMessages() {
		LintFinding finding = MigrationLinter.lint("\n\nDROP TABLE \"Post\";", "20240101120000_drop_post").get(0);
		assertThat(finding.message()).startsWith("Migration `20240101120000_drop_post`, line 3: DROP TABLE \"Post\"");
		assertThat(finding.describe()).startsWith("WARNING [drop-table] Migration").contains("Safer: ");
	}

	@Test
	void emptyAndBrokenScripts() {
		assertThat(MigrationLinter.lint("")).isEmpty();
		assertThat(MigrationLinter.lint("-- nothing here\n")).isEmpty();
		assertThat(MigrationLinter.lint(MigrationLinter.NO_TRANSACTION_DIRECTIVE)).isEmpty();
		for (String broken : List.of("ALTER", "ALTER TABLE", "ALTER TABLE \"Post\" ADD", "ALTER TABLE t ALTER COLUMN",
				"CREATE INDEX", "CREATE INDEX ON", "DROP TABLE", "LOCK", "VACUUM (", "REINDEX", "REINDEX (", "CLUSTER",
				"ALTER TABLE t ADD CONSTRAINT c UNIQUE (", "ALTER TABLE t RENAME", "ALTER TABLE \"unterminated",
				"ALTER TABLE t ADD COLUMN c int DEFAULT (", "ALTER TABLE t ADD CONSTRAINT", ")))", "$$")) {
			assertThatCode(() -> MigrationLinter.lint(broken)).as(broken).doesNotThrowAnyException();
		}
	}

	@Test
	void prismaEvolutionScripts() throws IOException {
		Pattern created = Pattern.compile("^CREATE TABLE (\"[^\"]+\"(?:\\.\"[^\"]+\")?)");
		Pattern target = Pattern.compile("^(?:CREATE (?:UNIQUE )?INDEX \"[^\"]+\" ON|ALTER TABLE) (\"[^\"]+\"(?:\\.\"[^\"]+\")?)");
		List<Path> scripts;
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/evolution"))) {
			scripts = files.filter((file) -> file.toString().endsWith(".sql")).sorted().toList();
		}
		assertThat(scripts).hasSizeGreaterThan(100);
		List<String> createOnly = new ArrayList<>();
		int flagged = 0;
		for (Path file : scripts) {
			String script = Files.readString(file, StandardCharsets.UTF_8);
			List<LintFinding> findings = MigrationLinter.lint(script, file.getFileName().toString());
			if (!findings.isEmpty()) {
				flagged++;
			}
			if (onlyCreatesTables(script, created, target)) {
				createOnly.add(file.getFileName().toString());
				assertThat(findings).as(file.toString()).isEmpty();
			}
		}
		assertThat(createOnly).contains("add-model.sql", "add-many-to-many.sql", "add-one-to-many.sql");
		assertThat(flagged).isPositive();
		assertThat(MigrationLinter.lint(Files.readString(Path.of("src/test/resources/evolution/add-index.sql"))))
			.extracting(LintFinding::rule)
			.containsExactly("index-without-concurrently");
	}

	/**
	 * Whether every statement of a script Prisma wrote creates a table or a type, or is an index
	 * or {@code ALTER TABLE} on a table created earlier in it.
	 */
	private static boolean onlyCreatesTables(String script, Pattern created, Pattern target) {
		Set<String> tables = new HashSet<>();
		List<Statement> statements = SqlStatements.split(script);
		for (Statement statement : statements) {
			Matcher table = created.matcher(statement.text());
			Matcher other = target.matcher(statement.text());
			if (table.find()) {
				tables.add(table.group(1));
			}
			else if (statement.text().startsWith("CREATE TYPE")) {
				continue;
			}
			else if (!other.find() || !tables.contains(other.group(1))) {
				return false;
			}
		}
		return !tables.isEmpty();
	}
}
