package dev.prismaspring.migrate.evolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.migrate.command.MigrateResolve;
import dev.prismaspring.migrate.deploy.DeployOptions;
import dev.prismaspring.migrate.deploy.MigrationDeployer;
import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.folder.TestMigrations;
import dev.prismaspring.schema.url.PostgresConnection;
import dev.prismaspring.test.Catalog;
import dev.prismaspring.test.CommandResult;
import dev.prismaspring.test.PrismaEngine;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.PrismaOracle;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prisma's schema engine and this project share one migrations folder and one history: a
 * folder of scripts written by Prisma's engine (the evolution goldens, each from {@code oracle
 * diff}) deploys here to the schema Prisma sees as in sync; the rows we write are the rows
 * Prisma writes; each side continues the other's history.
 */
@PostgresTest
class PrismaInteropTest {

	private static final Path GOLDEN = Path.of("src/test/resources/evolution");

	private static final int EDITS = 12;

	@TempDir
	static Path dir;

	private static Path folder;

	private static Path schema;

	@BeforeAll
	static void prismaWritesTheFolder() throws IOException {
		PrismaOracle.assumeAvailable();
		schema = Files.writeString(dir.resolve("schema.prisma"), EvolutionPairs.BASE);
		CommandResult init = PrismaOracle.run("diff", "empty", schema.toString());
		assertThat(init.succeeded()).as(init.toString()).isTrue();
		folder = dir.resolve("migrations");
		TestMigrations migrations = TestMigrations.in(folder).add("00000000000000_init", init.stdout());
		List<String> edits;
		try (Stream<Path> files = Files.list(GOLDEN)) {
			edits = files.map((file) -> file.getFileName().toString().replace(".sql", ""))
				.filter((name) -> !name.startsWith("mapped-") && !name.endsWith("-reverse"))
				.sorted()
				.limit(EDITS)
				.toList();
		}
		int sequence = 1;
		for (String edit : edits) {
			migrations.add(String.format("%014d_%s", sequence++, edit.replace('-', '_')), golden(edit));
			migrations.add(String.format("%014d_%s_reverse", sequence++, edit.replace('-', '_')), golden(edit + "-reverse"));
		}
		Files.writeString(folder.resolve(MigrationsFolder.LOCK_FILE), "provider = \"postgresql\"\n");
	}

	private static String golden(String name) throws IOException {
		return Files.readString(GOLDEN.resolve(name + ".sql"), StandardCharsets.UTF_8);
	}

	private static PostgresConnection connection(TestDatabase database) {
		return PostgresConnection.parse(database.postgresUrl(), "test");
	}

	@Test
	void aFolderWrittenByPrismasEngineDeploysHereToTheSchemaPrismaSeesInSync() {
		try (TestDatabase ours = TestDatabase.create("interop_ours");
				TestDatabase prisma = TestDatabase.create("interop_prisma")) {
			List<String> applied = MigrationDeployer.deploy(connection(ours), MigrationsFolder.at(folder),
					DeployOptions.defaults()).applied();
			assertThat(applied).hasSize(1 + 2 * EDITS);
			CommandResult diff = PrismaOracle.run(ours, "diff", "url:" + ours.postgresUrl(), schema.toString());
			assertThat(diff.stdout().strip()).as(diff.toString()).isEqualTo("-- This is an empty migration.");

			CommandResult prismaApply = PrismaEngine.run(prisma, "apply", folder.toString());
			assertThat(prismaApply.succeeded()).as(prismaApply.toString()).isTrue();
			assertThat(Catalog.of(ours)).isEqualTo(Catalog.of(prisma));
			assertThat(rows(ours)).isEqualTo(rows(prisma));
		}
	}

	@Test
	void eachSideContinuesTheOthersHistory() throws IOException {
		Path firstHalf = dir.resolve("first-half");
		List<Path> directories;
		try (Stream<Path> entries = Files.list(folder)) {
			directories = entries.filter(Files::isDirectory).sorted().toList();
		}
		for (Path directory : directories.subList(0, directories.size() / 2)) {
			TestMigrations.in(firstHalf).add(directory.getFileName().toString(),
					Files.readString(directory.resolve(MigrationsFolder.SCRIPT)));
		}
		try (TestDatabase database = TestDatabase.create("interop_mixed")) {
			assertThat(PrismaEngine.run(database, "apply", firstHalf.toString()).succeeded()).isTrue();
			List<String> ours = MigrationDeployer.deploy(connection(database), MigrationsFolder.at(folder),
					DeployOptions.defaults()).applied();
			assertThat(ours).hasSize(directories.size() - directories.size() / 2);
			CommandResult again = PrismaEngine.run(database, "apply", folder.toString());
			assertThat(again.succeeded()).as(again.toString()).isTrue();
			assertThat(again.stdout().strip()).as("Prisma finds nothing left to apply").isEmpty();
		}
	}

	@Test
	void resolveWritesTheRowsPrismasResolveWrites() throws IOException {
		Path failing = dir.resolve("failing");
		TestMigrations.in(failing).add("1_init", "CREATE TABLE a (id int);\n").add("2_bad", "SELECT 1/0;\n");
		try (TestDatabase ours = TestDatabase.create("interop_resolve_ours");
				TestDatabase prisma = TestDatabase.create("interop_resolve_prisma")) {
			PostgresConnection connection = connection(ours);
			try {
				MigrationDeployer.deploy(connection, MigrationsFolder.at(failing), DeployOptions.defaults());
			}
			catch (RuntimeException expected) {
				// The failed row is what is compared below.
			}
			MigrateResolve.rolledBack(connection, MigrationsFolder.at(failing), "2_bad", Duration.ofSeconds(5));
			MigrateResolve.applied(connection, MigrationsFolder.at(failing), "2_bad", Duration.ofSeconds(5));

			assertThat(PrismaEngine.run(prisma, "apply", failing.toString()).succeeded()).isFalse();
			assertThat(PrismaEngine.run(prisma, "mark-rolled-back", "2_bad").succeeded()).isTrue();
			assertThat(PrismaEngine.run(prisma, "mark-applied", failing.toString(), "2_bad").succeeded()).isTrue();
			assertThat(rows(ours)).isEqualTo(rows(prisma));
			CommandResult prismaSees = PrismaEngine.run(ours, "apply", failing.toString());
			assertThat(prismaSees.succeeded()).as(prismaSees.toString()).isTrue();
			assertThat(prismaSees.stdout().strip()).isEmpty();
		}
	}

	// What the two tools must agree on: everything but ids, times and the text of error logs.
	private static List<String> rows(TestDatabase database) {
		return new ArrayList<>(database.queryForList("SELECT migration_name || ' ' || checksum || ' steps='"
				+ " || applied_steps_count || ' logs=' || CASE WHEN logs IS NULL THEN 'null' WHEN logs = '' THEN 'empty'"
				+ " ELSE 'text' END || ' finished=' || (finished_at IS NOT NULL) || ' rolledBack=' || (rolled_back_at IS"
				+ " NOT NULL) || ' idLength=' || length(id) FROM _prisma_migrations ORDER BY migration_name, started_at",
				String.class));
	}
}
