package dev.prismaspring.migrate.pull;

import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.migrate.describe.DatabaseDescriber;
import dev.prismaspring.migrate.diff.SchemaDiffer;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.test.CommandResult;
import dev.prismaspring.test.PrismaOracle;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db pull} of a database made by hand, not by a schema: partial indexes (a unique one on
 * a field and a plain one) come back with their predicate as {@code where: raw(...)}, and time
 * columns declared without precision with PostgreSQL's default, 6, as Prisma's own pull writes
 * them; the pulled schema then describes the database exactly (no change to migrate).
 */
@Tag("database")
class PullPartialIndexTests {

	private static final String TABLES = """
			CREATE TABLE "User" (id serial PRIMARY KEY, email text NOT NULL, "deletedAt" timestamp, seen time);
			CREATE UNIQUE INDEX "User_email_live_key" ON "User"(email) WHERE "deletedAt" IS NULL;
			CREATE INDEX "User_deleted_idx" ON "User"("deletedAt") WHERE "deletedAt" IS NOT NULL;
			""";

	@Test
	void partialIndexesAndDefaultTimePrecisionComeBackAsPrismaWritesThem() throws Exception {
		try (TestDatabase database = TestDatabase.create("partial")) {
			database.execute(TABLES);
			String pulled;
			try (Connection connection = database.connection()) {
				pulled = SchemaPuller.pull(DatabaseDescriber.describe(connection, List.of("public")), false);
			}
			assertThat(pulled).contains("email     String    @unique(map: \"User_email_live_key\", where: raw(\"(\\\"deletedAt\\\" IS NULL)\"))")
				.contains("deletedAt DateTime? @db.Timestamp(6)")
				.contains("seen      DateTime? @db.Time(6)")
				.contains("@@index([deletedAt], map: \"User_deleted_idx\", where: raw(\"(\\\"deletedAt\\\" IS NOT NULL)\"))");
			// Partial indexes are a preview feature of the schema language, in Prisma's and ours.
			String schema = pulled + "\ngenerator client {\n  provider        = \"prisma-client-js\"\n"
					+ "  previewFeatures = [\"partialIndexes\"]\n}\n";
			ValidatedSchema validated = PrismaSchema.validate(List.of(new SourceFile("pulled.prisma", schema)));
			assertThat(validated.errors()).isEmpty();
			try (Connection connection = database.connection()) {
				assertThat(SchemaDiffer.diff(DatabaseDescriber.describe(connection, List.of("public")),
						MigrationScripts.sqlSchema(validated.datamodel())))
					.as("the pulled schema against the database it came from")
					.isEmpty();
			}
			if (PrismaOracle.isAvailable()) {
				CommandResult prisma = PrismaOracle.run("pull", database.postgresUrl());
				assertThat(prisma.exitCode()).as(prisma.stderr()).isZero();
				assertThat(modelsOf(prisma.stdout())).isEqualTo(modelsOf(pulled));
			}
		}
	}

	private static String modelsOf(String schema) {
		return schema.substring(schema.indexOf("model ")).strip();
	}
}
