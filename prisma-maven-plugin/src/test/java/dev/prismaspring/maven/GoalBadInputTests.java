package dev.prismaspring.maven;

import java.nio.file.Path;
import java.util.Map;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A wrong input for each goal that the other tests give only good ones: the goal fails with a
 * message that says what is wrong and what to do, and leaves the project and the database as
 * they were.
 */
@PostgresTest
class GoalBadInputTests {

	@TempDir
	Path dir;

	private TestDatabase database;

	private TestProject project;

	private final PluginDescriptor plugin = PluginDescriptor.load();

	@BeforeEach
	void setUp(TestDatabase database) {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		this.database = database;
		this.project = TestProject.withSchema(this.dir)
			.environment(Map.of("DATABASE_URL", database.postgresUrl()));
	}

	private MojoFailureException failure(String goal, Map<String, String> properties) {
		try {
			this.plugin.configure(goal, properties, this.project).execute();
		}
		catch (MojoFailureException ex) {
			return ex;
		}
		catch (Exception ex) {
			throw new AssertionError("prisma:" + goal + " failed with " + ex + " instead of a goal failure", ex);
		}
		throw new AssertionError("prisma:" + goal + " succeeded on a bad input");
	}

	@Test
	void initRefusesToOverwriteAnExistingSchema() {
		String before = this.project.read("src/main/resources/prisma/schema.prisma");
		assertThat(failure("init", Map.of()).getMessage()).contains("schema.prisma").contains("already exists");
		assertThat(this.project.read("src/main/resources/prisma/schema.prisma")).isEqualTo(before);
	}

	@Test
	void formatWithoutASchemaSaysHowToCreateOne() {
		String message = failure("format", Map.of("prisma.schema", this.dir.resolve("nowhere.prisma").toString()))
			.getMessage();
		assertThat(message).contains("nowhere.prisma").contains("prisma:init");
	}

	@Test
	void migrateDevRefusesTheDevelopmentDatabaseAsItsShadow() {
		this.database.execute("CREATE TABLE keep (id int); INSERT INTO keep VALUES (1);");
		String message = failure("migrate-dev",
				Map.of("prisma.name", "init", "prisma.shadowDatabaseUrl", this.database.postgresUrl())).getMessage();
		assertThat(message).contains("PSB2008").contains("shadow");
		assertThat(this.database.queryForObject("SELECT count(*) FROM keep", Long.class)).isOne();
		assertThat(this.project.migrationNames()).isEmpty();
	}

	@Test
	void migrateDiffWithAnUnknownSourceListsTheKnownOnes() {
		String message = failure("migrate-diff", Map.of("prisma.from", "yesterday", "prisma.to", "schema")).getMessage();
		assertThat(message).contains("yesterday").contains("empty").contains("migrations");
	}

	@Test
	void migrateDownWithoutADownScriptNamesTheMissingFile() throws Exception {
		this.plugin.configure("migrate-dev", Map.of("prisma.name", "init"), this.project).execute();
		String name = this.project.migrationNames().get(0);
		java.nio.file.Files.delete(this.project.migrations().resolve(name).resolve("down.sql"));
		String message = failure("migrate-down", Map.of()).getMessage();
		assertThat(message).contains(name).contains("down.sql");
		assertThat(this.database.queryForObject("SELECT to_regclass('\"User\"') IS NOT NULL", Boolean.class)).isTrue();
	}

	@Test
	void migrateDownRefusesUnderTheApplicationsProductionProfile() throws Exception {
		this.plugin.configure("migrate-dev", Map.of("prisma.name", "init"), this.project).execute();
		this.project.write("src/main/resources/application.yml", """
				spring:
				  profiles:
				    active: prod
				""");
		String message = failure("migrate-down", Map.of()).getMessage();
		assertThat(message).contains("PSB2016").contains("-Dprisma.allowProduction");
		assertThat(this.database.queryForObject("SELECT to_regclass('\"User\"') IS NOT NULL", Boolean.class)).isTrue();
		this.plugin.configure("migrate-down", Map.of("prisma.allowProduction", ""), this.project).execute();
		assertThat(this.database.queryForObject("SELECT to_regclass('\"User\"') IS NULL", Boolean.class)).isTrue();
	}

	@Test
	void dbPushRefusesToDropDataWithoutTheFlag() throws Exception {
		this.plugin.configure("db-push", Map.of(), this.project).execute();
		this.database.execute("INSERT INTO \"User\" (email) VALUES ('a@example.com')");
		this.project.write("src/main/resources/prisma/schema.prisma",
				TestProject.SCHEMA.replace("  email String @unique\n", ""));
		String message = failure("db-push", Map.of()).getMessage();
		assertThat(message).contains("email").contains("prisma.acceptDataLoss");
		assertThat(this.database.queryForObject("SELECT email FROM \"User\"", String.class)).isEqualTo("a@example.com");
	}

	@Test
	void dbPullOfAnEmptyDatabaseSaysThereIsNothingToRead() {
		String before = this.project.read("src/main/resources/prisma/schema.prisma");
		String message = failure("db-pull", Map.of()).getMessage();
		assertThat(message).contains("P4001").contains("empty");
		assertThat(this.project.read("src/main/resources/prisma/schema.prisma")).isEqualTo(before);
	}

	@Test
	void dbExecuteOfAMissingFileNamesIt() {
		String message = failure("db-execute", Map.of("prisma.file", this.dir.resolve("seed.sql").toString()))
			.getMessage();
		assertThat(message).contains("seed.sql");
	}

	@Test
	void dbExecuteOfAFailingScriptChangesNothing() {
		Path script = this.project.write("seed.sql", "CREATE TABLE audit (id int);\nINSERT INTO nowhere VALUES (1);\n");
		String message = failure("db-execute", Map.of("prisma.file", script.toString())).getMessage();
		assertThat(message).contains("nowhere");
		assertThat(this.database.queryForObject("SELECT to_regclass('audit') IS NULL", Boolean.class)).isTrue();
	}

}
