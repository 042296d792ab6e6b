package dev.prismaspring.migrate.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.migrate.describe.DatabaseDescriber;
import dev.prismaspring.migrate.diff.MigrationStep;
import dev.prismaspring.migrate.diff.SchemaDiffer;
import dev.prismaspring.migrate.render.MigrationRenderer;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.test.SharedFolder;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After migrating an empty database to a corpus schema, reading the database back and diffing it
 * against the same schema finds nothing to do.
 */
@Tag("database")
class NoPhantomDiffCorpusTest {

	@TestFactory
	Stream<DynamicTest> aMigratedDatabaseMatchesItsSchema() {
		return SharedFolder.corpus()
			.stream()
			.map((path) -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
	}

	private static void check(Path path) throws IOException, SQLException {
		ValidatedSchema schema = PrismaSchema
			.validate(List.of(new SourceFile(path.getFileName().toString(), Files.readString(path))));
		Assumptions.assumeFalse(schema.hasErrors(), "the schema is invalid");
		Datamodel datamodel = schema.datamodel();
		SqlSchema target = MigrationScripts.sqlSchema(datamodel);
		try (TestDatabase database = TestDatabase.create("phantom")) {
			try {
				database.execute(MigrationScripts.fromEmpty(datamodel));
			}
			catch (IllegalStateException ex) {
				Assumptions.abort("the script does not run on this server: " + ex.getMessage());
			}
			SqlSchema live;
			try (Connection connection = database.connection()) {
				live = DatabaseDescriber.describe(connection, target.namespaces());
			}
			List<MigrationStep> steps = SchemaDiffer.diff(live, target);
			assertThat(steps).as("steps after migrating %s:%n%s", path.getFileName(),
					new MigrationRenderer(MigrationScripts.isMultiSchema(datamodel)).render(steps))
				.isEmpty();
		}
	}
}
