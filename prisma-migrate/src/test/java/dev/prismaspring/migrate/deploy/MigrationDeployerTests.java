package dev.prismaspring.migrate.deploy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.migrate.command.MigrateResolve;
import dev.prismaspring.migrate.folder.Checksums;
import dev.prismaspring.migrate.folder.TestMigrations;
import dev.prismaspring.migrate.lock.MigrationLock;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.PostgresConnection;
import dev.prismaspring.test.Catalog;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class MigrationDeployerTests {

	private static final String INIT = "CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, \"email\" TEXT NOT NULL,"
			+ " CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n";

	private static final String POSTS = "CREATE TABLE \"Post\" (\"id\" SERIAL NOT NULL, \"title\" TEXT NOT NULL,"
			+ " CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\"));\n";

	@TempDir
	Path dir;

	private TestDatabase database;

	private PostgresConnection connection;

	@BeforeEach
	void resetDatabase(TestDatabase database) {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		this.database = database;
		this.connection = PostgresConnection.parse(database.postgresUrl(), "test");
	}

	private DeployResult deploy(TestMigrations migrations) {
		return MigrationDeployer.deploy(this.connection, migrations.folder(), DeployOptions.defaults());
	}

	@Test
	void appliesPendingMigrationsInOrderAndRecordsThemAsPrismaDoes() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("20240101000000_init", INIT).add("20240102000000_posts", POSTS);
		assertThat(deploy(migrations).applied()).containsExactly("20240101000000_init", "20240102000000_posts");
		assertThat(this.database.queryForList("SELECT migration_name || ' ' || checksum || ' ' || applied_steps_count || ' '"
				+ " || (logs IS NULL) || ' ' || (finished_at >= started_at) || ' ' || (rolled_back_at IS NULL) FROM"
				+ " _prisma_migrations ORDER BY started_at", String.class))
			.containsExactly("20240101000000_init " + Checksums.of(INIT) + " 1 true true true",
					"20240102000000_posts " + Checksums.of(POSTS) + " 1 true true true");
		assertThat(this.database.queryForObject("SELECT count(*) FROM \"Post\"", Long.class)).isZero();
	}

	@Test
	void theHistoryRowTravelsWithTheScriptWhateverTheNameAndTheScriptsLastLine() {
		String odd = "20240101000000_it's_$q$_a \\ name";
		TestMigrations migrations = TestMigrations.in(this.dir)
			.add(odd, INIT + "-- a last line that is a comment, without a line end")
			.add("20240102000000_posts", POSTS + "SELECT 1");
		assertThat(deploy(migrations).applied()).containsExactly(odd, "20240102000000_posts");
		assertThat(this.database.queryForList("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL"
				+ " ORDER BY started_at", String.class)).containsExactly(odd, "20240102000000_posts");
	}

	@Test
	void aScriptThatNeverClosesItsCommentOrStringAppliesNothing() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("20240101000000_init", INIT);
		deploy(migrations);
		List<String> before = Catalog.of(this.database);
		migrations.add("20240102000000_open", POSTS + "/* a comment left open");
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P3018"));
		assertThat(Catalog.of(this.database)).isEqualTo(before);
		assertThat(this.database.queryForObject("SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL",
				Long.class)).isEqualTo(1);

		this.database.execute("DELETE FROM _prisma_migrations WHERE finished_at IS NULL");
		migrations.add("20240102000000_open", POSTS + "SELECT 'a string left open;");
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P3018"));
		assertThat(Catalog.of(this.database)).isEqualTo(before);
	}

	@Test
	void aHistoryTableWithColumnsOfANewerToolIsUsedAndOneLackingColumnsIsRefusedUntouched() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("20240101000000_init", INIT);
		deploy(migrations);
		this.database.execute("ALTER TABLE _prisma_migrations ADD COLUMN tool_version TEXT DEFAULT 'next'");
		migrations.add("20240102000000_posts", POSTS);
		assertThat(deploy(migrations).applied()).containsExactly("20240102000000_posts");

		this.database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		this.database.execute("CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY, checksum VARCHAR(64) NOT NULL,"
				+ " migration_name VARCHAR(255) NOT NULL, started_at TIMESTAMPTZ NOT NULL DEFAULT now())");
		List<String> before = Catalog.of(this.database);
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("PSB2017"))
			.withMessageContaining("finished_at, logs, rolled_back_at, applied_steps_count")
			.withMessageContaining("Nothing was changed");
		assertThat(Catalog.of(this.database)).isEqualTo(before);
	}

	@Test
	void aSecondDeployAppliesNothing() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("20240101000000_init", INIT);
		deploy(migrations);
		assertThat(deploy(migrations).applied()).isEmpty();
		assertThat(this.database.queryForObject("SELECT count(*) FROM _prisma_migrations", Long.class)).isEqualTo(1);
	}

	@Test
	void aFailingMigrationLeavesTheSchemaAsBeforeAndAFailedRowThatBlocksTheNextDeployUntilResolved() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("20240101000000_init", INIT);
		deploy(migrations);
		List<String> before = Catalog.of(this.database);
		migrations.add("20240102000000_bad", POSTS + "ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER;\nSELECT 1/0;\n");
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P3018"))
			.withMessageContaining("20240102000000_bad")
			.withMessageContaining("division by zero")
			.withMessageContaining("migrate resolve --rolled-back 20240102000000_bad");
		assertThat(Catalog.of(this.database)).isEqualTo(before);
		assertThat(this.database.queryForObject("SELECT logs FROM _prisma_migrations WHERE finished_at IS NULL",
				String.class))
			.contains("Migration name: 20240102000000_bad").contains("22012").contains("division by zero");

		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P3009"))
			.withMessageContaining("The `20240102000000_bad` migration started at")
			.withMessageContaining("migrate resolve --rolled-back 20240102000000_bad");

		MigrateResolve.rolledBack(this.connection, migrations.folder(), "20240102000000_bad", Duration.ofSeconds(5));
		migrations.add("20240102000000_bad", POSTS);
		assertThat(deploy(migrations).applied()).containsExactly("20240102000000_bad");
		assertThat(this.database.queryForObject("SELECT count(*) FROM _prisma_migrations WHERE rolled_back_at IS NOT NULL",
				Long.class)).isEqualTo(1);
	}

	@Test
	void anAppliedMigrationEditedAfterwardsIsRefusedUnlessThePolicySaysOtherwise() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("20240101000000_init", INIT);
		deploy(migrations);
		migrations.add("20240101000000_init", INIT + "-- edited\n").add("20240102000000_posts", POSTS);
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("PSB2001"))
			.withMessageContaining("`20240101000000_init`")
			.withMessageContaining("Restore the original script");
		assertThat(this.database.queryForObject("SELECT to_regclass('\"Post\"') IS NULL", Boolean.class)).isTrue();
		DeployResult result = MigrationDeployer.deploy(this.connection, migrations.folder(),
				DeployOptions.defaults().withChecksums(ChecksumPolicy.WARN));
		assertThat(result.applied()).containsExactly("20240102000000_posts");
		assertThat(result.warnings()).singleElement().asString().contains("20240101000000_init");
	}

	@Test
	void aScriptCheckedOutWithWindowsLineEndsIsNotEdited() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("20240101000000_init", INIT);
		deploy(migrations);
		migrations.add("20240101000000_init", INIT.replace("\n", "\r\n"));
		assertThat(deploy(migrations).applied()).isEmpty();
	}

	@Test
	void aDatabaseWithTablesButNoHistoryIsRefusedUnlessBaselined() {
		this.database.execute(INIT);
		TestMigrations migrations = TestMigrations.in(this.dir).add("0_init", INIT).add("1_posts", POSTS);
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P3005"))
			.withMessageContaining("public.User")
			.withMessageContaining("migrate resolve --applied");
		assertThat(this.database.queryForObject("SELECT to_regclass('_prisma_migrations') IS NULL", Boolean.class))
			.isTrue();
		DeployResult result = MigrationDeployer.deploy(this.connection, migrations.folder(),
				DeployOptions.defaults().withBaselineTo("0_init"));
		assertThat(result.baselined()).containsExactly("0_init");
		assertThat(result.applied()).containsExactly("1_posts");
		assertThat(this.database.queryForObject("SELECT logs FROM _prisma_migrations WHERE migration_name = '0_init'",
				String.class)).isEmpty();
	}

	@Test
	void migrationsAppliedButMissingFromTheFolderAreRefusedUnlessAllowed() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("1_init", INIT).add("2_posts", POSTS);
		deploy(migrations);
		TestMigrations older = TestMigrations.in(this.dir.resolve("older")).add("1_init", INIT);
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(older))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("PSB2003"))
			.withMessageContaining("`2_posts`");
		assertThat(MigrationDeployer.deploy(this.connection, older.folder(),
				DeployOptions.defaults().withAllowMissingFromFolder(true)).warnings())
			.singleElement().asString().contains("2_posts");
	}

	@Test
	void prismaStyleTransactionBlocksInAScriptStayInsideTheMigrationsTransaction() {
		TestMigrations migrations = TestMigrations.in(this.dir)
			.add("1_enum", "CREATE TYPE \"Role\" AS ENUM ('A', 'B');\n")
			.add("2_recreate", "-- AlterEnum\nBEGIN;\nCREATE TYPE \"Role_new\" AS ENUM ('A');\nALTER TYPE \"Role\""
					+ " RENAME TO \"Role_old\";\nALTER TYPE \"Role_new\" RENAME TO \"Role\";\nDROP TYPE \"Role_old\";\n"
					+ "COMMIT;\nSELECT 1/0;\n");
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations));
		assertThat(this.database.queryForList("SELECT typname FROM pg_type WHERE typname LIKE 'Role%' ORDER BY 1",
				String.class)).containsExactly("Role");
		assertThat(this.database.queryForObject("SELECT count(*) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid"
				+ " WHERE t.typname = 'Role'", Long.class)).isEqualTo(2);
	}

	@Test
	void aMigrationWithTheNoTransactionDirectiveRunsConcurrentIndexBuilds() {
		TestMigrations migrations = TestMigrations.in(this.dir)
			.add("1_init", INIT)
			.add("2_index", "-- prisma:no-transaction\nCREATE INDEX CONCURRENTLY \"User_email_idx\" ON \"User\"(\"email\");\n");
		assertThat(deploy(migrations).applied()).containsExactly("1_init", "2_index");
		assertThat(this.database.queryForObject("SELECT indisvalid FROM pg_index WHERE indexrelid ="
				+ " '\"User_email_idx\"'::regclass", Boolean.class)).isTrue();
	}

	@Test
	void aFailedConcurrentIndexBuildLeavesNoInvalidIndexBehind() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("1_init", INIT);
		deploy(migrations);
		this.database.execute("INSERT INTO \"User\" (email) VALUES ('a@example.com'), ('a@example.com')");
		migrations.add("2_unique", "-- prisma:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY \"User_email_key\" ON"
				+ " \"User\"(\"email\");\n");
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P3018"))
			.withMessageContaining("were dropped");
		assertThat(this.database.queryForObject("SELECT count(*) FROM pg_index WHERE NOT indisvalid", Long.class))
			.isZero();
		assertThat(this.database.queryForObject("SELECT count(*) FROM _prisma_migrations WHERE migration_name = '2_unique'"
				+ " AND finished_at IS NULL AND logs LIKE '%23505%'", Long.class)).isEqualTo(1);
	}

	@Test
	void aSecondMigratorWaitsForTheLockAndGivesUpWithACodeWhenTheWaitIsOver() throws Exception {
		TestMigrations migrations = TestMigrations.in(this.dir).add("1_init", INIT);
		try (Connection holder = this.database.connection();
				PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(" + MigrationLock.KEY + ")")) {
			lock.execute();
			long started = System.nanoTime();
			assertThatExceptionOfType(PrismaException.class)
				.isThrownBy(() -> MigrationDeployer.deploy(this.connection, migrations.folder(),
						DeployOptions.defaults().withLockWait(Duration.ofMillis(500))))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P1002"))
				.withMessageContaining("72707369")
				.withMessageContaining("held by server process");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
		}
		assertThat(deploy(migrations).applied()).containsExactly("1_init");
	}

	@Test
	void aFolderWrittenForAnotherProviderIsRefused() {
		TestMigrations migrations = TestMigrations.in(this.dir)
			.add("1_init", INIT)
			.write(".", "migration_lock.toml", "provider = \"mysql\"\n");
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> deploy(migrations))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P3019"))
			.withMessageContaining("`mysql`");
	}
}
