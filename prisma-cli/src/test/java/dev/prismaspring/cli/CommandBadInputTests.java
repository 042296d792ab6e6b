package dev.prismaspring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong input for each command that the other tests give only good ones: exit code 1, a
 * message on stderr that says what is wrong and what to do, and nothing changed.
 */
@PostgresTest
class CommandBadInputTests {

	private static final String SCHEMA = """
			datasource db {
			  provider = "postgresql"
			}

			model User {
			  id    Int    @id @default(autoincrement())
			  email String @unique
			}
			""";

	@TempDir
	Path dir;

	private Path schema;

	private TestDatabase database;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void setUp(TestDatabase database) throws IOException {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		this.database = database;
		this.schema = Files.writeString(this.dir.resolve("schema.prisma"), SCHEMA);
	}

	private int run(String... args) {
		this.out.getBuffer().setLength(0);
		this.err.getBuffer().setLength(0);
		return PrismaCli.execute(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

	private int onDatabase(String... command) {
		return run(Stream.concat(Stream.of(command),
				Stream.of("--schema", this.schema.toString(), "--url", this.database.postgresUrl()))
			.toArray(String[]::new));
	}

	private boolean exists(String table) {
		return this.database.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, table);
	}

	@Test
	void initRefusesToOverwriteAnExistingSchema() throws IOException {
		Path project = Files.createDirectories(this.dir.resolve("project/src/main/resources/prisma"));
		Files.writeString(project.resolve("schema.prisma"), SCHEMA);
		assertThat(run("init", "--dir", project.toString())).isOne();
		assertThat(this.err.toString()).contains("PSB1007").contains("already exists");
		assertThat(project.resolve("schema.prisma")).hasContent(SCHEMA);
	}

	@Test
	void deployOfAFailingMigrationRollsItBackAndSaysHowToResolveIt() throws IOException {
		Path migration = Files.createDirectories(this.dir.resolve("migrations/20240101000000_init"));
		Files.writeString(migration.resolve("migration.sql"),
				"CREATE TABLE \"User\" (id serial PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n");
		assertThat(onDatabase("migrate", "deploy")).isOne();
		assertThat(this.err.toString()).contains("P3018").contains("20240101000000_init").contains("nowhere")
			.contains("migrate resolve --rolled-back 20240101000000_init");
		assertThat(exists("\"User\"")).isFalse();

		assertThat(onDatabase("migrate", "deploy")).isOne();
		assertThat(this.err.toString()).contains("P3009");
	}

	@Test
	void statusOfAnUnreachableDatabaseSaysWhereItLookedWithoutThePassword() throws IOException {
		Files.createDirectories(this.dir.resolve("migrations"));
		assertThat(run("migrate", "status", "--schema", this.schema.toString(), "--url",
				"postgresql://prisma:Sup3rSecret@127.0.0.1:1/nowhere")).isOne();
		assertThat(this.err.toString()).contains("P1001").contains("127.0.0.1:1").doesNotContain("Sup3rSecret");
	}

	@Test
	void downWithoutADownScriptNamesTheFileAndChangesNothing() {
		assertThat(onDatabase("migrate", "dev", "--name", "init")).as(this.err.toString()).isZero();
		Path migrations = this.dir.resolve("migrations");
		String name;
		try (Stream<Path> folders = Files.list(migrations)) {
			name = folders.filter(Files::isDirectory).findFirst().orElseThrow().getFileName().toString();
			Files.delete(migrations.resolve(name).resolve("down.sql"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(onDatabase("migrate", "down")).isOne();
		assertThat(this.err.toString()).contains(name).contains("down.sql");
		assertThat(exists("\"User\"")).isTrue();
	}

	@Test
	void resetAndDownRefuseUnderAProductionProfileUnlessAllowed() {
		assertThat(onDatabase("migrate", "dev", "--name", "init")).as(this.err.toString()).isZero();
		assertThat(onDatabase("migrate", "reset", "--force", "--active-profiles", "cloud,PROD")).isOne();
		assertThat(this.err.toString()).contains("PSB2016").contains("[prod]").contains("--allow-production");
		assertThat(onDatabase("migrate", "down", "--active-profiles", "production")).isOne();
		assertThat(this.err.toString()).contains("PSB2016");
		assertThat(onDatabase("migrate", "down", "--active-profiles", "staging", "--production-profiles", "staging"))
			.isOne();
		assertThat(exists("\"User\"")).as("nothing reversed or dropped").isTrue();

		assertThat(onDatabase("migrate", "down", "--active-profiles", "dev")).as(this.err.toString()).isZero();
		assertThat(exists("\"User\"")).isFalse();
		assertThat(onDatabase("migrate", "reset", "--force", "--active-profiles", "prod", "--allow-production"))
			.as(this.err.toString()).isZero();
		assertThat(exists("\"User\"")).isTrue();
	}

	@Test
	void lintOfAStatementThatWouldFailExitsWithOne() throws IOException {
		Path file = Files.writeString(this.dir.resolve("bad.sql"), "ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER NOT NULL;\n");
		assertThat(run("migrate", "lint", file.toString())).isOne();
		assertThat(this.out + "\n" + this.err).contains("NOT NULL");
	}

	@Test
	void dbPushThatWouldDropDataRefusesAndChangesNothing() throws IOException {
		assertThat(onDatabase("db", "push")).as(this.err.toString()).isZero();
		this.database.execute("INSERT INTO \"User\" (email) VALUES ('a@example.com')");
		Files.writeString(this.schema, SCHEMA.replace("  email String @unique\n", ""));
		assertThat(onDatabase("db", "push")).isOne();
		assertThat(this.err.toString()).contains("PSB2005").contains("email").contains("--accept-data-loss");
		assertThat(this.database.queryForObject("SELECT email FROM \"User\"", String.class)).isEqualTo("a@example.com");
	}

	@Test
	void dbPullOfAnEmptyDatabaseKeepsTheSchema() {
		assertThat(onDatabase("db", "pull")).isOne();
		assertThat(this.err.toString()).contains("P4001").contains("empty").contains("not changed");
		assertThat(this.schema).hasContent(SCHEMA);
	}

	@Test
	void dbExecuteOfAFailingScriptChangesNothing() throws IOException {
		Path script = Files.writeString(this.dir.resolve("seed.sql"), "CREATE TABLE audit (id int);\nINSERT INTO nowhere VALUES (1);\n");
		assertThat(onDatabase("db", "execute", "--file", script.toString())).isOne();
		assertThat(this.err.toString()).contains("nowhere");
		assertThat(exists("audit")).isFalse();

		assertThat(onDatabase("db", "execute", "--file", this.dir.resolve("missing.sql").toString())).isOne();
		assertThat(this.err.toString()).contains("missing.sql");
	}

}
