package dev.prismaspring.maven;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The database goals on a small project, one after the other as a developer runs them. */
@PostgresTest
class DatabaseGoalsTests {

	private static final String SECRET = "Sup3rSecretPassw0rd";

	@TempDir
	Path dir;

	private TestDatabase database;

	private TestProject project;

	@BeforeEach
	void setUp(TestDatabase database) {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		this.database = database;
		this.project = TestProject.withSchema(this.dir);
	}

	// The schema's env("DATABASE_URL"), read as the application reads it.
	private TestProject onDatabase() {
		return this.project.environment(Map.of("DATABASE_URL", this.database.postgresUrl()));
	}

	private long tables(String name) {
		return this.database.queryForObject(
				"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ?", Long.class,
				name);
	}

	private MigrateDevMojo dev(String name, boolean createOnly) {
		MigrateDevMojo dev = this.project.goal(new MigrateDevMojo());
		dev.name = name;
		dev.createOnly = createOnly;
		return dev;
	}

	@Test
	void migrateDevCreatesTheMigrationAndAppliesIt() throws Exception {
		onDatabase().goal(dev("init", false)).execute();
		List<String> migrations = this.project.migrationNames();
		assertThat(migrations).singleElement().asString().matches("\\d{14}_init");
		assertThat(this.project.migrations().resolve(migrations.get(0)).resolve("migration.sql")).content()
			.contains("CREATE TABLE \"User\"");
		assertThat(tables("User")).isOne();
		assertThat(this.database.queryForObject(
				"SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL AND migration_name = ?", Long.class,
				migrations.get(0)))
			.isOne();
		assertThat(this.project.log.text()).contains("[info] Created migration `" + migrations.get(0) + "`");
	}

	@Test
	void migrateStatusFailsWhileAMigrationIsPendingAndPassesOnceDeployed() throws Exception {
		onDatabase().goal(dev("init", true)).execute();
		assertThat(tables("User")).isZero();

		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> this.project.goal(new MigrateStatusMojo()).execute())
			.withMessage("`prisma migrate status` failed with exit code 1; its output is above.");
		assertThat(this.project.log.text()).contains("Following migrations have not yet been applied");

		this.project.goal(new MigrateDeployMojo()).execute();
		this.project.log.clear();
		this.project.goal(new MigrateStatusMojo()).execute();
		assertThat(this.project.log.text()).contains("[info] Database schema is up to date!");
	}

	@Test
	void migrateDeployReadsTheDatabaseFromApplicationYmlWithPlaceholderDefaults() throws Exception {
		onDatabase().goal(dev("init", true)).execute();
		String password = (this.database.password() != null) ? this.database.password() : "";
		this.project.write("src/main/resources/application.yml", """
				spring:
				  datasource:
				    url: ${PRISMA_IT_URL:%s}
				    username: ${PRISMA_IT_USER:%s}
				    password: ${PRISMA_IT_PASSWORD:%s}
				""".formatted(this.database.jdbcUrl(), this.database.user(), password));
		this.project.environment(Map.of());
		this.project.goal(new MigrateDeployMojo()).execute();
		assertThat(tables("User")).isOne();
		assertThat(this.project.log.text()).contains("All migrations have been successfully applied");
	}

	@Test
	void anEnvironmentVariableOverridesThePlaceholderDefault() throws Exception {
		onDatabase().goal(dev("init", true)).execute();
		this.project.write("src/main/resources/application.properties",
				"prisma.datasource.url=${PRISMA_IT_URL:postgresql://nobody:" + SECRET + "@127.0.0.1:1/nowhere}\n");
		this.project.environment(Map.of("PRISMA_IT_URL", this.database.postgresUrl()));
		this.project.goal(new MigrateDeployMojo()).execute();
		assertThat(tables("User")).isOne();
	}

	private void writeMigration() {
		this.project.write("src/main/resources/prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n");
		this.project.write("src/main/resources/prisma/migrations/20240101000000_init/migration.sql",
				"CREATE TABLE \"User\" (\"id\" SERIAL PRIMARY KEY);\n");
	}

	@Test
	void anUnreachableDatabaseFailsWithP1001AndNoPassword() {
		writeMigration();
		MigrateDeployMojo deploy = this.project.goal(new MigrateDeployMojo());
		deploy.url = "postgresql://prisma:" + SECRET + "@127.0.0.1:1/nowhere";
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(deploy::execute)
			.withMessageStartingWith("P1001: Can't reach database `nowhere` at `127.0.0.1:1`")
			.withMessageNotContaining(SECRET);
		assertThat(this.project.log.text()).doesNotContain(SECRET);
	}

	@Test
	void anUnreachableSpringDatasourceFailsWithP1001AndNoPassword() {
		writeMigration();
		this.project.write("src/main/resources/application.yml", """
				spring.datasource:
				  url: jdbc:postgresql://127.0.0.1:1/nowhere
				  username: prisma
				  password: ${DB_PASSWORD:%s}
				""".formatted(SECRET));
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> this.project.goal(new MigrateStatusMojo()).execute())
			.withMessageContaining("P1001")
			.withMessageContaining("nowhere")
			.withMessageNotContaining(SECRET);
		assertThat(this.project.log.text()).doesNotContain(SECRET);
	}

	@Test
	void dbExecuteRunsAScript() throws Exception {
		Path script = this.project.write("scripts/seed.sql",
				"CREATE TABLE audit (id int);\nINSERT INTO audit VALUES (1), (2);\n");
		DbExecuteMojo execute = onDatabase().goal(new DbExecuteMojo());
		execute.file = script.toFile();
		execute.execute();
		assertThat(this.database.queryForObject("SELECT count(*) FROM audit", Long.class)).isEqualTo(2);
		assertThat(this.project.log.text()).contains("[info] Script executed successfully.");
	}

	@Test
	void migrateDownReversesTheMigrationAndResetReappliesIt() throws Exception {
		onDatabase().goal(dev("init", false)).execute();
		this.project.goal(new MigrateDownMojo()).execute();
		assertThat(tables("User")).isZero();

		MigrateResetMojo reset = this.project.goal(new MigrateResetMojo());
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(reset::execute)
			.withMessageContaining("PSB2013")
			.withMessageContaining("-Dprisma.force");
		reset.force = true;
		reset.execute();
		assertThat(tables("User")).isOne();
	}

	@Test
	void migrateResolveNeedsExactlyOneMigration() throws Exception {
		onDatabase();
		assertThatExceptionOfType(MojoFailureException.class)
			.isThrownBy(() -> this.project.goal(new MigrateResolveMojo()).execute())
			.withMessageContaining("-Dprisma.applied=NAME")
			.withMessageContaining("-Dprisma.rolledBack=NAME");

		this.project.goal(dev("init", true)).execute();
		MigrateResolveMojo resolve = this.project.goal(new MigrateResolveMojo());
		resolve.applied = this.project.migrationNames().get(0);
		resolve.execute();
		assertThat(this.database.queryForObject("SELECT count(*) FROM _prisma_migrations", Long.class)).isOne();
		assertThat(tables("User")).isZero();
	}

	@Test
	void dbPushThenDbPullAndMigrateDiffAgainstTheDatabase() throws Exception {
		onDatabase().goal(new DbPushMojo()).execute();
		assertThat(tables("Post")).isOne();

		DbPullMojo pull = this.project.goal(new DbPullMojo());
		pull.print = true;
		pull.execute();
		assertThat(this.project.log.text()).contains("[info] model User {").contains("[info] model Post {");

		MigrateDiffMojo diff = this.project.goal(new MigrateDiffMojo());
		diff.from = "database";
		diff.to = "schema";
		this.project.log.clear();
		diff.execute();
		assertThat(this.project.log.text()).contains("No difference detected.");
	}

	@Test
	void theUrlParameterWinsOverEverythingElse() throws Exception {
		Map<String, String> environment = new HashMap<>();
		environment.put("DATABASE_URL", "postgresql://nobody:" + SECRET + "@127.0.0.1:1/nowhere");
		this.project.environment(environment);
		MigrateDevMojo dev = this.project.goal(dev("init", false));
		dev.url = this.database.postgresUrl();
		dev.execute();
		assertThat(tables("User")).isOne();
	}
}
