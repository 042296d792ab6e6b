package dev.prismaspring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration commands through the CLI, as a user runs them one after the other. */
@PostgresTest
class MigrateCommandsTests {

	private static final String SCHEMA = """
			datasource db {
			  provider = "postgresql"
			}

			model User {
			  id    Int    @id @default(autoincrement())
			  email String @unique
			  posts Post[]
			}

			model Post {
			  id       Int    @id @default(autoincrement())
			  title    String
			  authorId Int
			  author   User   @relation(fields: [authorId], references: [id])
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

	private int migrate(String command, String... args) {
		String[] line = Stream.concat(Stream.of("migrate", command, "--schema", this.schema.toString(), "--url",
				this.database.postgresUrl()), Stream.of(args)).toArray(String[]::new);
		return run(line);
	}

	private String output() {
		String text = this.out + "\n" + this.err;
		String password = this.database.password();
		return (password == null || password.isEmpty()) ? text : text.replace(password, "****");
	}

	private List<String> migrationDirectories() throws IOException {
		try (Stream<Path> entries = Files.list(this.dir.resolve("migrations"))) {
			return entries.filter(Files::isDirectory).map((path) -> path.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void devWritesAndAppliesMigrationsWithDownScriptsAndStatusFollows() throws IOException {
		assertThat(migrate("dev", "--name", "init")).as(output()).isZero();
		assertThat(this.out.toString()).contains("Created migration").contains("in sync");
		List<String> directories = migrationDirectories();
		assertThat(directories).singleElement().asString().endsWith("_init");
		Path init = this.dir.resolve("migrations").resolve(directories.get(0));
		assertThat(Files.readString(init.resolve("migration.sql"))).contains("CREATE TABLE \"User\"");
		assertThat(Files.readString(init.resolve("down.sql"))).contains("DROP TABLE \"User\"");
		assertThat(Files.readString(this.dir.resolve("migrations/migration_lock.toml"))).contains("provider = \"postgresql\"");
		assertThat(migrate("status")).as(output()).isZero();
		assertThat(migrate("dev", "--name", "nothing")).isZero();
		assertThat(this.out.toString()).contains("Already in sync");

		Files.writeString(this.schema, SCHEMA.replace("  email String @unique\n", "  email String @unique\n  bio   String?\n"));
		assertThat(migrate("dev", "--name", "bio", "--create-only")).as(output()).isZero();
		assertThat(migrate("status")).isEqualTo(1);
		assertThat(this.out.toString()).contains("pending").contains("_bio").contains("migrate deploy");
		assertThat(migrate("deploy")).as(output()).isZero();
		assertThat(this.out.toString()).contains("Applying migration `").contains("_bio`");
		assertThat(this.database.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_name = 'User'"
				+ " AND column_name = 'bio'", Long.class)).isEqualTo(1);

		assertThat(migrate("down")).as(output()).isZero();
		assertThat(this.database.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_name = 'User'"
				+ " AND column_name = 'bio'", Long.class)).isZero();
		assertThat(migrate("status")).isEqualTo(1);
		assertThat(this.out.toString()).contains("rolled back");
		assertThat(migrate("deploy")).as(output()).isZero();
		assertThat(migrate("status")).as(output()).isZero();
	}

	@Test
	void devReportsDriftPreciselyAndChangesNothing() {
		assertThat(migrate("dev", "--name", "init")).as(output()).isZero();
		this.database.execute("INSERT INTO \"User\" (email) VALUES ('a@example.com');"
				+ " ALTER TABLE \"User\" ADD COLUMN \"nickname\" TEXT;");
		assertThat(migrate("dev", "--name", "next")).isEqualTo(1);
		assertThat(output()).contains("Drift detected").contains("\"nickname\" TEXT").contains("migrate resolve --applied")
			.contains("migrate reset");
		assertThat(this.database.queryForObject("SELECT count(*) FROM \"User\"", Long.class)).isEqualTo(1);
	}

	@Test
	void devRefusesToLoseDataUnlessAccepted() throws IOException {
		assertThat(migrate("dev", "--name", "init")).as(output()).isZero();
		this.database.execute("INSERT INTO \"User\" (email) VALUES ('a@example.com');"
				+ " INSERT INTO \"Post\" (title, \"authorId\") VALUES ('hello', 1);");
		Files.writeString(this.schema, SCHEMA.replace("  title    String\n", ""));
		assertThat(migrate("dev", "--name", "drop_title")).isEqualTo(1);
		assertThat(output()).contains("PSB2005").contains("title").contains("1 non-null values")
			.contains("--accept-data-loss");
		assertThat(this.database.queryForObject("SELECT title FROM \"Post\"", String.class)).isEqualTo("hello");
		assertThat(migrate("dev", "--name", "drop_title", "--accept-data-loss")).as(output()).isZero();
		assertThat(this.database.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Post'"
				+ " AND column_name = 'title'", Long.class)).isZero();
	}

	@Test
	void resolveAndResetExplainWhatIsWrong() {
		assertThat(migrate("dev", "--name", "init")).as(output()).isZero();
		assertThat(migrate("resolve", "--applied", "no_such_migration")).isEqualTo(1);
		assertThat(output()).contains("no_such_migration").contains("could not be found");
		assertThat(migrate("resolve", "--rolled-back", migrationName())).isEqualTo(1);
		assertThat(output()).contains("not in a failed state");

		this.database.execute("INSERT INTO \"User\" (email) VALUES ('a@example.com')");
		assertThat(migrate("reset")).isEqualTo(1);
		assertThat(output()).contains("--force");
		assertThat(this.database.queryForObject("SELECT count(*) FROM \"User\"", Long.class)).isEqualTo(1);
		assertThat(migrate("reset", "--force")).as(output()).isZero();
		assertThat(this.database.queryForObject("SELECT count(*) FROM \"User\"", Long.class)).isZero();
		assertThat(migrate("status")).as(output()).isZero();
	}

	private String migrationName() {
		return this.database.queryForObject("SELECT migration_name FROM _prisma_migrations", String.class);
	}

	@Test
	void dbPushAndDbExecuteWorkWithoutHistory() throws IOException {
		assertThat(run("db", "push", "--schema", this.schema.toString(), "--url", this.database.postgresUrl()))
			.as(output()).isZero();
		assertThat(this.database.queryForObject("SELECT to_regclass('_prisma_migrations') IS NULL", Boolean.class))
			.isTrue();
		assertThat(run("db", "push", "--schema", this.schema.toString(), "--url", this.database.postgresUrl())).isZero();
		assertThat(this.out.toString()).contains("already in sync");

		Path script = Files.writeString(this.dir.resolve("seed.sql"),
				"INSERT INTO \"User\" (email) VALUES ('a@example.com');\nINSERT INTO \"Nope\" VALUES (1);\n");
		assertThat(run("db", "execute", "--file", script.toString(), "--url", this.database.postgresUrl())).isEqualTo(1);
		assertThat(output()).contains("\"Nope\"").contains("rolled back");
		assertThat(this.database.queryForObject("SELECT count(*) FROM \"User\"", Long.class)).isZero();
		Files.writeString(script, "INSERT INTO \"User\" (email) VALUES ('a@example.com');\n");
		assertThat(run("db", "execute", "--file", script.toString(), "--url", this.database.postgresUrl()))
			.as(output()).isZero();
		assertThat(this.database.queryForObject("SELECT count(*) FROM \"User\"", Long.class)).isEqualTo(1);
	}

	@Test
	void initCreatesASchemaAndAFolderOnceAndLintFlagsLockingStatements() throws IOException {
		Path project = this.dir.resolve("project");
		assertThat(run("init", "--dir", project.toString())).as(output()).isZero();
		assertThat(Files.readString(project.resolve("schema.prisma"))).contains("env(\"DATABASE_URL\")")
			.contains("shadowDatabaseUrl");
		assertThat(project.resolve("migrations/migration_lock.toml")).exists();
		assertThat(run("init", "--dir", project.toString())).isEqualTo(1);
		assertThat(output()).contains("already exists");

		Path script = Files.writeString(this.dir.resolve("index.sql"), "CREATE INDEX CONCURRENTLY \"i\" ON \"User\"(\"email\");\n");
		assertThat(run("migrate", "lint", script.toString(), "--schema", this.schema.toString())).isEqualTo(1);
		assertThat(this.out.toString()).contains("index.sql:1:").contains("-- prisma:no-transaction");
	}

	@Test
	void aWrongUrlSaysWhatToCheckWithoutThePassword() {
		assertThat(run("migrate", "deploy", "--url", "postgresql://someone:s3cret-pw@127.0.0.1:1/app", "--migrations",
				this.dir.toString())).isEqualTo(1);
		assertThat(this.err.toString()).contains("P1001").contains("127.0.0.1:1").doesNotContain("s3cret-pw");
	}
}
