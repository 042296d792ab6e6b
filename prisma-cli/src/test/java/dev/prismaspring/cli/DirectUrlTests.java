package dev.prismaspring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands connect through the datasource's directUrl when it has one, as Prisma's do. */
@PostgresTest
class DirectUrlTests {

	@TempDir
	Path dir;

	@Test
	void deployGoesThroughTheDirectUrlNotThePooledOne(TestDatabase database) throws IOException {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), """
				datasource db {
				  provider  = "postgresql"
				  url       = "postgresql://pooler@127.0.0.1:1/unreachable"
				  directUrl = "%s"
				}

				model User {
				  id Int @id
				}
				""".formatted(database.postgresUrl()));
		Path migration = Files.createDirectories(this.dir.resolve("migrations/20240101000000_init"));
		Files.writeString(migration.resolve("migration.sql"), "CREATE TABLE \"User\" (id integer PRIMARY KEY);\n");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = PrismaCli.execute(new PrintWriter(out), new PrintWriter(err), "migrate", "deploy", "--schema",
				schema.toString());
		assertThat(code).as(out + "\n" + err).isZero();
		assertThat(database.queryForObject("SELECT count(*) FROM _prisma_migrations", Long.class)).isOne();
	}

}
