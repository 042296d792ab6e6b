package dev.prismaspring.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The goals that need no database: init, validate, format, lint, and migrate-diff between files. */
class SchemaGoalsTests {

	@TempDir
	Path dir;

	@Test
	void initCreatesTheSchemaAndMigrationsFolderWhereTheApplicationReadsThem() throws Exception {
		TestProject project = TestProject.in(this.dir);
		project.goal(new InitMojo()).execute();
		assertThat(project.schema()).isRegularFile();
		assertThat(project.read("src/main/resources/prisma/schema.prisma")).contains("env(\"DATABASE_URL\")");
		assertThat(project.migrations().resolve("migration_lock.toml")).isRegularFile();
		assertThat(project.log.text()).contains("[info] Created " + project.schema())
			.contains("mvn prisma:migrate-dev -Dprisma.name=init");

		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> project.goal(new InitMojo()).execute())
			.withMessageStartingWith("PSB1007: A schema already exists at " + project.schema());
	}

	@Test
	void validatePassesOnAValidSchema() throws Exception {
		TestProject project = TestProject.withSchema(this.dir);
		project.goal(new ValidateMojo()).execute();
		assertThat(project.log.text()).contains("[info] The schema at " + project.schema() + " is valid");
	}

	@Test
	void validateFailsOnABrokenSchemaWithPrismasP1012Message() {
		TestProject project = TestProject.in(this.dir);
		project.write("src/main/resources/prisma/schema.prisma", """
				datasource db {
				  provider = "postgresql"
				}

				model User {
				  id    Int    @id
				  posts Post[]
				}
				""");
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> project.goal(new ValidateMojo()).execute())
			.withMessageContaining("Type \"Post\" is neither a built-in type, nor refers to another model")
			.withMessageContaining("schema.prisma:7")
			.withMessageContaining("Error code: P1012")
			.withMessageNotContaining("\u001B[");
	}

	@Test
	void validateWithoutSchemaSaysHowToCreateOne() {
		TestProject project = TestProject.in(this.dir);
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> project.goal(new ValidateMojo()).execute())
			.withMessageContaining("PSB1001")
			.withMessageContaining("mvn prisma:init");
	}

	@Test
	void formatRewritesTheSchemaAndCheckFailsBeforehand() throws Exception {
		TestProject project = TestProject.in(this.dir);
		project.write("src/main/resources/prisma/schema.prisma", "model User {\n  id Int @id\n  email     String\n}\n");
		FormatMojo check = project.goal(new FormatMojo());
		check.check = true;
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(check::execute)
			.withMessageContaining("Not formatted: " + project.schema());

		project.goal(new FormatMojo()).execute();
		assertThat(project.read("src/main/resources/prisma/schema.prisma"))
			.isEqualTo("model User {\n  id    Int    @id\n  email String\n}\n");
		check.execute();
	}

	@Test
	void lintReportsFindingsAndFailsOnAStatementThatWouldFail() throws Exception {
		TestProject project = TestProject.in(this.dir);
		project.write("src/main/resources/prisma/migrations/20240101000000_init/migration.sql",
				"CREATE TABLE \"User\" (\"id\" SERIAL PRIMARY KEY);\n");
		project.goal(new LintMojo()).execute();
		assertThat(project.log.text()).contains("[info] 0 error(s), 0 warning(s).");

		project.write("src/main/resources/prisma/migrations/20240102000000_age/migration.sql",
				"ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER NOT NULL;\n");
		project.log.clear();
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> project.goal(new LintMojo()).execute())
			.withMessageContaining("`prisma migrate lint` failed with exit code 1");
		assertThat(project.log.text()).contains("20240102000000_age:1:").contains("1 error(s)");
	}

	@Test
	void migrateDiffPrintsTheScriptFromEmptyToTheSchema() throws Exception {
		TestProject project = TestProject.withSchema(this.dir);
		MigrateDiffMojo diff = project.goal(new MigrateDiffMojo());
		diff.from = "empty";
		diff.to = "schema";
		diff.script = true;
		diff.execute();
		assertThat(project.log.text()).contains("CREATE TABLE \"User\"").contains("CREATE TABLE \"Post\"");

		diff.to = "nowhere";
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(diff::execute)
			.withMessageContaining("PSB1011")
			.withMessageContaining("-Dprisma.to");
	}
}
