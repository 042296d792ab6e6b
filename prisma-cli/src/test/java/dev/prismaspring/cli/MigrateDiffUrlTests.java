package dev.prismaspring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class MigrateDiffUrlTests {

	private static final String V1 = """
			datasource db {
			  provider = "postgresql"
			}

			model Post {
			  id        Int     @id @default(autoincrement())
			  title     String  @db.VarChar(200)
			  published Boolean @default(false)
			  tags      String[] @default([])
			  @@index([title(sort: Desc)])
			}
			""";

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return PrismaCli.execute(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

	@BeforeEach
	void resetDatabase(TestDatabase database) {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
	}

	@Test
	void aDatabaseMigratedToASchemaHasNoDifferenceFromIt(TestDatabase database) throws IOException {
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), V1);
		assertThat(run("migrate", "diff", "--from-empty", "--to-schema-datamodel", schema.toString(), "--script"))
			.isZero();
		database.execute(this.out.toString());
		this.out.getBuffer().setLength(0);
		assertThat(run("migrate", "diff", "--from-url", database.postgresUrl(), "--to-schema-datamodel",
				schema.toString(), "--exit-code"))
			.as(this.err.toString())
			.isZero();
		assertThat(this.out.toString()).isEqualTo("No difference detected.\n");
	}

	@Test
	void scriptsTheChangeFromTheLiveDatabaseToTheSchema(TestDatabase database) throws IOException {
		Path v1 = Files.writeString(this.dir.resolve("v1.prisma"), V1);
		run("migrate", "diff", "--from-empty", "--to-schema-datamodel", v1.toString(), "--script");
		database.execute(this.out.toString());
		this.out.getBuffer().setLength(0);
		Path v2 = Files.writeString(this.dir.resolve("v2.prisma"),
				V1.replace("@default(false)", "@default(true)\n  views Int @default(0)"));
		assertThat(run("migrate", "diff", "--from-url", database.postgresUrl(), "--to-schema-datamodel", v2.toString(),
				"--script", "--exit-code"))
			.isEqualTo(2);
		assertThat(this.out.toString()).isEqualTo("""
				-- AlterTable
				ALTER TABLE "Post" ADD COLUMN     "views" INTEGER NOT NULL DEFAULT 0,
				ALTER COLUMN "published" SET DEFAULT true;
				""");
		database.execute(this.out.toString());
		assertThat(database.queryForObject("select column_default from information_schema.columns"
				+ " where table_name = 'Post' and column_name = 'views'", String.class)).isEqualTo("0");
	}

	@Test
	void explainsAMissingDatabase(TestDatabase database) {
		String credentials = database.user() + ((database.password() != null && !database.password().isEmpty())
				? ":" + java.net.URLEncoder.encode(database.password(), java.nio.charset.StandardCharsets.UTF_8) : "");
		String url = "postgresql://" + credentials + "@" + database.host() + ":" + database.port() + "/no_such_db";
		assertThat(run("migrate", "diff", "--from-url", url, "--to-empty")).isEqualTo(1);
		assertThat(this.err.toString()).contains("Database `no_such_db` does not exist")
			.contains("Create it, or fix the database name in the URL.");
	}

	@Test
	void neverShowsThePasswordOfAUrlItCannotUse(TestDatabase database) {
		String url = "postgresql://someone:TopSecret42@" + database.host() + ":" + database.port() + "/no_such_db";
		assertThat(run("migrate", "diff", "--from-url", url, "--to-empty")).isEqualTo(1);
		assertThat(this.err.toString()).containsAnyOf("Authentication failed", "does not exist")
			.doesNotContain("TopSecret42");
		assertThat(this.out.toString()).doesNotContain("TopSecret42");
	}

	@Test
	void replaysAMigrationsFolderIntoTheShadowDatabase(TestDatabase database) throws IOException {
		Path v1 = Files.writeString(this.dir.resolve("v1.prisma"), V1);
		Path migration = Files.createDirectories(this.dir.resolve("migrations/20240101000000_init"));
		run("migrate", "diff", "--from-empty", "--to-schema-datamodel", v1.toString(), "--script", "-o",
				migration.resolve("migration.sql").toString());
		Path v2 = Files.writeString(this.dir.resolve("v2.prisma"), V1.replace("  tags", "  summary String?\n  tags"));
		assertThat(run("migrate", "diff", "--from-migrations", this.dir.resolve("migrations").toString(),
				"--to-schema-datamodel", v2.toString(), "--shadow-database-url", database.postgresUrl(), "--script"))
			.as(this.err.toString())
			.isZero();
		assertThat(this.out.toString()).isEqualTo("-- AlterTable\nALTER TABLE \"Post\" ADD COLUMN     \"summary\" TEXT;\n");
	}

	@Test
	void namesTheMigrationThatFailsInTheShadowDatabase(TestDatabase database) throws IOException {
		Path migration = Files.createDirectories(this.dir.resolve("migrations/20240101000000_broken"));
		Files.writeString(migration.resolve("migration.sql"), "CREATE TABLE \"A\" (id INTEGER);\nCREATE TABLE oops (;\n");
		Path v1 = Files.writeString(this.dir.resolve("v1.prisma"), V1);
		assertThat(run("migrate", "diff", "--from-migrations", this.dir.resolve("migrations").toString(),
				"--to-schema-datamodel", v1.toString(), "--shadow-database-url", database.postgresUrl()))
			.isEqualTo(1);
		assertThat(this.err.toString()).contains("Migration `20240101000000_broken` failed to apply cleanly to the"
				+ " shadow database").contains("syntax error");
	}

	@Test
	void asksForAShadowDatabaseToReplayMigrations() throws IOException {
		Files.createDirectories(this.dir.resolve("migrations"));
		assertThat(run("migrate", "diff", "--from-migrations", this.dir.resolve("migrations").toString(),
				"--to-empty"))
			.isEqualTo(1);
		assertThat(this.err.toString()).contains("--shadow-database-url");
	}

	@Test
	void dbPullWritesTheDatabaseIntoTheSchemaKeepingItsDatasource(TestDatabase database) throws IOException {
		Path v1 = Files.writeString(this.dir.resolve("v1.prisma"), V1);
		run("migrate", "diff", "--from-empty", "--to-schema-datamodel", v1.toString(), "--script");
		database.execute(this.out.toString() + "CREATE TABLE \"Comment\" (id SERIAL PRIMARY KEY, post INTEGER NOT NULL"
				+ " REFERENCES \"Post\"(id) ON DELETE CASCADE, \"text body\" TEXT);");
		this.out.getBuffer().setLength(0);
		Path target = Files.writeString(this.dir.resolve("schema.prisma"),
				"generator client {\n  provider = \"prisma-client-java\"\n}\n\ndatasource db {\n  provider = \"postgresql\"\n}\n");
		assertThat(run("db", "pull", "--schema", target.toString(), "--url", database.postgresUrl()))
			.as(this.err.toString())
			.isZero();
		assertThat(this.out.toString()).contains("Introspected 2 models");
		String pulled = Files.readString(target);
		assertThat(pulled).startsWith("generator client {\n  provider = \"prisma-client-java\"\n}\n\ndatasource db {")
			.contains("  title     String    @db.VarChar(200)\n")
			.contains("  tags      String[]  @default([])\n")
			.contains("  text_body String? @map(\"text body\")\n")
			.contains("  Post      Post    @relation(fields: [post], references: [id], onDelete: Cascade, onUpdate: NoAction)")
			.contains("  @@index([title(sort: Desc)])");
		assertThat(run("validate", "--schema", target.toString())).isZero();
	}

	@Test
	void dbPullMarksModelsWithCommentsAsPrismaDoes(TestDatabase database) throws IOException {
		// Prisma's engine (oracle pull) writes the notice above a model whose table or a column has a
		// comment, and nothing above one without.
		database.execute("CREATE TABLE \"Noted\" (id SERIAL PRIMARY KEY, email TEXT NOT NULL);"
				+ " COMMENT ON COLUMN \"Noted\".email IS 'login';"
				+ " CREATE TABLE \"Described\" (id SERIAL PRIMARY KEY); COMMENT ON TABLE \"Described\" IS 'people';"
				+ " CREATE TABLE \"Plain\" (id SERIAL PRIMARY KEY);");
		Path target = Files.writeString(this.dir.resolve("schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n}\n");
		assertThat(run("db", "pull", "--print", "--schema", target.toString(), "--url", database.postgresUrl()))
			.as(this.err.toString())
			.isZero();
		String notice = "/// This model or at least one of its fields has comments in the database, and requires an"
				+ " additional setup for migrations: Read more: https://pris.ly/d/database-comments\n";
		assertThat(this.out.toString()).contains(notice + "model Noted {")
			.contains(notice + "model Described {")
			.contains("}\n\nmodel Plain {")
			.doesNotContain(notice + "model Plain {");
	}
}
