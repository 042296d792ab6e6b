package dev.prismaspring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MigrateDiffCommandTests {

	private static final String BLOG = """
			datasource db {
			  provider = "postgresql"
			}

			enum Role {
			  USER
			  ADMIN
			}

			model User {
			  id    Int    @id @default(autoincrement())
			  email String @unique
			  role  Role   @default(USER)
			  posts Post[]
			}

			model Post {
			  id       Int  @id @default(autoincrement())
			  authorId Int
			  author   User @relation(fields: [authorId], references: [id])
			}
			""";

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return PrismaCli.execute(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

	@Test
	void scriptFromEmptyCreatesEnumsTablesIndexesAndForeignKeysInPrismasOrder() throws IOException {
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), BLOG);
		assertThat(run("migrate", "diff", "--from-empty", "--to-schema-datamodel", schema.toString(), "--script"))
			.isZero();
		String script = this.out.toString();
		assertThat(script).startsWith("-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS \"public\";\n")
			.contains("-- CreateEnum\nCREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN');")
			.contains("    \"role\" \"Role\" NOT NULL DEFAULT 'USER',")
			.contains("CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");")
			.endsWith("ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") "
					+ "REFERENCES \"User\"(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE;\n");
		assertThat(script.indexOf("CREATE TABLE \"Post\"")).isLessThan(script.indexOf("CREATE UNIQUE INDEX"));
	}

	@Test
	void exitCodeTellsWhetherThereIsADifference() throws IOException {
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), BLOG);
		assertThat(run("migrate", "diff", "--from-empty", "--to-schema-datamodel", schema.toString(), "--exit-code"))
			.isEqualTo(2);
		assertThat(this.out.toString()).contains("[+] Added tables\n  - User\n  - Post");
		assertThat(run("migrate", "diff", "--from-schema-datamodel", schema.toString(), "--to-schema-datamodel",
				schema.toString(), "--exit-code"))
			.isZero();
		assertThat(this.out.toString()).endsWith("No difference detected.\n");
	}

	@Test
	void writesTheResultToAFile() throws IOException {
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), BLOG);
		Path output = this.dir.resolve("migrations/0_init/migration.sql");
		assertThat(run("migrate", "diff", "--from-schema-datamodel", schema.toString(), "--to-empty", "--script", "-o",
				output.toString()))
			.isZero();
		assertThat(this.out.toString()).isEmpty();
		assertThat(Files.readString(output)).contains("-- DropTable\nDROP TABLE \"User\";")
			.contains("-- DropEnum\nDROP TYPE \"Role\";");
	}

	@Test
	void refusesAnInvalidSchemaWithItsDiagnostics() throws IOException {
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), BLOG.replace("Int  @id", "Nope @id"));
		assertThat(run("migrate", "diff", "--from-empty", "--to-schema-datamodel", schema.toString(), "--script"))
			.isEqualTo(1);
		assertThat(this.err.toString()).contains("is invalid").contains("Nope").contains("schema.prisma:18:12");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void needsExactlyOneSourceOnEachSide() {
		assertThat(run("migrate", "diff", "--from-empty", "--script")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--to-empty");
	}
}
