package dev.prismaspring.migrate.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.migrate.deploy.DeployOptions;
import dev.prismaspring.migrate.deploy.MigrationDeployer;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.folder.TestMigrations;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.PostgresConnection;
import dev.prismaspring.test.Catalog;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class MigrateDevTests {

	private static final String V1 = """
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
			}
			""";

	private static final String V2 = V1.replace("  role  Role   @default(USER)\n",
			"  role  Role   @default(USER)\n  name  String @default(\"\")\n  posts Post[]\n}\n\nmodel Post {\n"
					+ "  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n");

	@TempDir
	Path dir;

	private TestDatabase database;

	private PostgresConnection connection;

	@BeforeEach
	void setUp(TestDatabase database) {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		this.database = database;
		this.connection = PostgresConnection.parse(database.postgresUrl(), "test");
	}

	private static Datamodel datamodel(String schema) {
		return PrismaSchema.validate(List.of(new SourceFile("schema.prisma", schema))).datamodel();
	}

	@Test
	void theDownScriptOfANewMigrationTakesTheDatabaseBackToWhereItWas() {
		MigrationsFolder folder = MigrationsFolder.create(this.dir.resolve("migrations"));
		MigrateDev.run(this.connection, folder, datamodel(V1), DevOptions.named("init", null));
		List<String> before = Catalog.of(this.database);
		DevResult second = MigrateDev.run(this.connection, folder, datamodel(V2), DevOptions.named("posts", null));
		assertThat(second.created()).endsWith("_posts");
		assertThat(Catalog.of(this.database)).isNotEqualTo(before);
		assertThat(MigrateDown.down(this.connection, folder, null, Duration.ofSeconds(5))).containsExactly(second.created());
		assertThat(Catalog.of(this.database)).isEqualTo(before);
	}

	@Test
	void aGivenShadowDatabaseIsEmptiedAndReplayed() {
		try (TestDatabase shadow = TestDatabase.create("dev_shadow")) {
			shadow.execute("CREATE TABLE leftover (id int)");
			MigrationsFolder folder = MigrationsFolder.create(this.dir.resolve("migrations"));
			DevResult result = MigrateDev.run(this.connection, folder, datamodel(V1),
					DevOptions.named("init", PostgresConnection.parse(shadow.postgresUrl(), "shadow")));
			assertThat(result.applied()).containsExactly(result.created());
			assertThat(shadow.queryForObject("SELECT to_regclass('leftover') IS NULL", Boolean.class)).isTrue();
		}
	}

	@Test
	void theShadowDatabaseMayNotBeTheDevelopmentDatabase() {
		MigrationsFolder folder = MigrationsFolder.create(this.dir.resolve("migrations"));
		assertThatExceptionOfType(PrismaException.class)
			.isThrownBy(() -> MigrateDev.run(this.connection, folder, datamodel(V1), DevOptions.named("init", this.connection)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("PSB2008"))
			.withMessageContaining("must be a separate database");
		assertThat(this.database.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", Long.class))
			.isZero();
	}

	@Test
	void withoutShadowDatabaseAndWithoutCreatedbTheErrorExplainsWhatToDo() {
		String role = "nocreatedb_" + Long.toHexString(System.nanoTime());
		this.database.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw-" + role + "' NOCREATEDB;"
				+ " GRANT ALL ON SCHEMA public TO " + role + ";");
		try {
			PostgresConnection limited = PostgresConnection.parse("postgresql://" + role + ":pw-" + role + "@"
					+ this.database.host() + ":" + this.database.port() + "/" + this.database.name(), "test");
			MigrationsFolder folder = MigrationsFolder.create(this.dir.resolve("migrations"));
			assertThatExceptionOfType(PrismaException.class)
				.isThrownBy(() -> MigrateDev.run(limited, folder, datamodel(V1), DevOptions.named("init", null)))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P3014"))
				.withMessageContaining("A shadow database is a second, scratch database")
				.withMessageContaining("shadowDatabaseUrl")
				.withMessageContaining("CREATEDB")
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("pw-" + role));
		}
		finally {
			this.database.execute("DROP OWNED BY " + role + "; DROP ROLE " + role + ";");
		}
	}

	@Test
	void aMigrationWithoutDownScriptIsNotReversedAndNothingChanges() {
		TestMigrations migrations = TestMigrations.in(this.dir).add("1_a", "CREATE TABLE a (id int);\n")
			.down("1_a", "DROP TABLE a;\n")
			.add("2_b", "CREATE TABLE b (id int);\n");
		MigrationDeployer.deploy(this.connection, migrations.folder(),
				DeployOptions.defaults());
		assertThatExceptionOfType(PrismaException.class)
			.isThrownBy(() -> MigrateDown.down(this.connection, migrations.folder(), "1_a", Duration.ofSeconds(5)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("PSB2007"))
			.withMessageContaining("`2_b` has no down.sql");
		assertThat(this.database.queryForObject("SELECT to_regclass('b') IS NOT NULL", Boolean.class)).isTrue();
	}
}
