package dev.prismaspring.migrate.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.migrate.describe.DatabaseDescriber;
import dev.prismaspring.migrate.render.MigrationRenderer;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class DataLossWarningsTests {

	private static final String BEFORE = """
			datasource db {
			  provider = "postgresql"
			}
			enum Role {
			  USER
			  ADMIN
			}
			model User {
			  id    Int     @id
			  name  String?
			  notes String?
			  role  Role    @default(USER)
			}
			model Log {
			  id Int @id
			}
			""";

	private static final String AFTER = """
			datasource db {
			  provider = "postgresql"
			}
			enum Role {
			  USER
			}
			model User {
			  id    Int    @id
			  name  String
			  email String @unique
			  role  Role   @default(USER)
			}
			""";

	private static Datamodel datamodel(String text) {
		return PrismaSchema.validate(List.of(new SourceFile("schema.prisma", text))).datamodel();
	}

	@BeforeEach
	void databaseAtBefore(TestDatabase database) {
		database.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
		database.execute(MigrationScripts.fromEmpty(datamodel(BEFORE)));
		database.execute("INSERT INTO \"User\" (id, name, notes) VALUES (1, 'Ann', 'x'), (2, NULL, NULL), (3, 'Bo', 'y');"
				+ " INSERT INTO \"Log\" (id) VALUES (1);");
	}

	@Test
	void countsWhatTheLiveDatabaseWouldLose(TestDatabase database) throws SQLException {
		try (Connection connection = database.connection()) {
			SqlSchema live = DatabaseDescriber.describe(connection, List.of("public"));
			List<MigrationStep> steps = SchemaDiffer.diff(live, MigrationScripts.sqlSchema(datamodel(AFTER)));
			DataLossWarnings warnings = DataLossWarnings.check(steps, RowCounts.of(connection));
			assertThat(warnings.warnings()).containsExactlyInAnyOrder(
					"The values [ADMIN] on the enum `Role` will be removed. If these variants are still used in the"
							+ " database, this will fail.",
					"You are about to drop the `Log` table, which is not empty (1 rows).",
					"You are about to drop the column `notes` on the `User` table, which still contains 2 non-null values.",
					"A unique constraint covering the columns `[email]` on the table `User` will be added. If there are"
							+ " existing duplicate values, this will fail.");
			assertThat(warnings.unexecutable()).containsExactlyInAnyOrder(
					"Added the required column `email` to the `User` table without a default value. There are 3 rows in"
							+ " this table, it is not possible to execute this step.",
					"Made the column `name` on table `User` required, but there are 1 existing NULL values.");
		}
		assertThat(database.queryForObject("select count(*) from \"User\"", Long.class)).as("nothing was changed")
			.isEqualTo(3L);
	}

	@Test
	void saysWhatMightBeLostWhenNoDatabaseIsThereAndListsItAboveTheScript() {
		List<MigrationStep> steps = SchemaDiffer.diff(MigrationScripts.sqlSchema(datamodel(BEFORE)),
				MigrationScripts.sqlSchema(datamodel(AFTER)));
		DataLossWarnings warnings = DataLossWarnings.check(steps, RowCounts.unknown());
		assertThat(warnings.warnings()).contains("You are about to drop the column `notes` on the `User` table. All the"
				+ " data in the column will be lost.");
		String script = new MigrationRenderer(false).render(steps, warnings.all());
		assertThat(script).startsWith("/*\n  Warnings:\n\n  - ")
			.contains("\n  - Added the required column `email` to the `User` table without a default value. This is not"
					+ " possible if the table is not empty.\n")
			.contains("\n\n*/\n-- AlterEnum\n");
	}
}
