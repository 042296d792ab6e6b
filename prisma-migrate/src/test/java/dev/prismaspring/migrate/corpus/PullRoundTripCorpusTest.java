package dev.prismaspring.migrate.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.migrate.describe.DatabaseDescriber;
import dev.prismaspring.migrate.pull.SchemaPuller;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.test.Catalog;
import dev.prismaspring.test.SharedFolder;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db pull} round trip: a database migrated to a corpus schema, pulled into a schema, and
 * that schema migrated into an empty database give the same catalog.
 */
@Tag("database")
class PullRoundTripCorpusTest {

	private static final Pattern TIME_WITHOUT_PRECISION = Pattern.compile("\\b(time|timestamp) (with|without) time zone");

	@TestFactory
	Stream<DynamicTest> aPulledSchemaRebuildsTheSameDatabase() {
		return SharedFolder.corpus()
			.stream()
			.map((path) -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
	}

	/**
	 * A time type declared without precision has PostgreSQL's default, 6, and Prisma's {@code db pull}
	 * writes it ({@code @db.Timestamptz(6)}), as ours does: {@code timestamp with time zone} and
	 * {@code timestamp(6) with time zone} are one type, spelled two ways by the catalog.
	 */
	static List<String> withTimePrecision(List<String> catalog) {
		return catalog.stream().map((line) -> TIME_WITHOUT_PRECISION.matcher(line).replaceAll("$1(6) $2 time zone")).toList();
	}

	private static void check(Path path) throws IOException, SQLException {
		ValidatedSchema schema = PrismaSchema
			.validate(List.of(new SourceFile(path.getFileName().toString(), Files.readString(path))));
		Assumptions.assumeFalse(schema.hasErrors(), "the schema is invalid");
		Datamodel datamodel = schema.datamodel();
		boolean multiSchema = MigrationScripts.isMultiSchema(datamodel);
		List<String> namespaces = multiSchema ? datamodel.datasource().schemas() : List.of("public");
		try (TestDatabase original = TestDatabase.create("pulled"); TestDatabase rebuilt = TestDatabase.create("rebuilt")) {
			try {
				original.execute(MigrationScripts.fromEmpty(datamodel));
			}
			catch (IllegalStateException ex) {
				Assumptions.abort("the script does not run on this server: " + ex.getMessage());
			}
			String pulled;
			try (Connection connection = original.connection()) {
				pulled = SchemaPuller.pull(DatabaseDescriber.describe(connection, namespaces), multiSchema);
			}
			ValidatedSchema pulledSchema = PrismaSchema.validate(List.of(new SourceFile("pulled.prisma", pulled)));
			assertThat(pulledSchema.errors()).as("errors in the schema pulled from %s:%n%s%n%s", path.getFileName(),
					DiagnosticPrinter.print(pulledSchema.errors()), pulled)
				.isEmpty();
			rebuilt.execute(MigrationScripts.fromEmpty(pulledSchema.datamodel()));
			for (String namespace : namespaces) {
				assertThat(withTimePrecision(Catalog.of(rebuilt, namespace)))
					.as("catalog of %s rebuilt from the schema pulled from %s:%n%s", namespace, path.getFileName(), pulled)
					.containsExactlyElementsOf(withTimePrecision(Catalog.of(original, namespace)));
			}
		}
	}
}
