package dev.prismaspring.migrate.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.test.Catalog;
import dev.prismaspring.test.CommandResult;
import dev.prismaspring.test.PrismaOracle;
import dev.prismaspring.test.SharedFolder;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * For every corpus schema Prisma accepts: our script from an empty database and Prisma's, each
 * applied to a fresh database, leave the same catalog; and the two scripts read the same.
 */
@Tag("database")
@Tag("oracle")
class CreateFromEmptyCorpusTest {

	@TestFactory
	Stream<DynamicTest> ourScriptBuildsTheDatabasePrismasScriptBuilds() {
		PrismaOracle.assumeAvailable();
		return SharedFolder.corpus()
			.stream()
			.map((path) -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
	}

	private static void check(Path path) throws IOException {
		CommandResult prisma = PrismaOracle.run("diff", "empty", path.toString());
		if (prisma.exitCode() != 0) {
			return; // Prisma refuses the schema; the validation tests cover that verdict
		}
		Datamodel datamodel = PrismaSchema
			.validate(List.of(new SourceFile(path.getFileName().toString(), Files.readString(path))))
			.datamodel();
		String ours = MigrationScripts.fromEmpty(datamodel);
		String notRunnable = null;
		try (TestDatabase mine = TestDatabase.create("ours"); TestDatabase theirs = TestDatabase.create("prisma")) {
			try {
				theirs.execute(prisma.stdout());
			}
			catch (IllegalStateException ex) {
				notRunnable = ex.getMessage();
			}
			if (notRunnable == null) {
				assertThatCode(() -> mine.execute(ours)).as("our script for %s:%n%s", path.getFileName(), ours)
					.doesNotThrowAnyException();
				for (String namespace : namespaces(datamodel)) {
					assertThat(Catalog.of(mine, namespace)).as("catalog of %s after our script for %s", namespace,
							path.getFileName())
						.containsExactlyElementsOf(Catalog.of(theirs, namespace));
				}
			}
		}
		List<String> ourLines = ours.lines().toList();
		List<String> theirLines = prisma.stdout().lines().toList();
		for (int i = 0; i < Math.min(ourLines.size(), theirLines.size()); i++) {
			assertThat(ourLines.get(i)).as("line %d of our script for %s", i + 1, path.getFileName())
				.isEqualTo(theirLines.get(i));
		}
		assertThat(ours).as("our script for %s", path.getFileName()).isEqualTo(prisma.stdout());
		if (notRunnable != null) {
			Assumptions.abort("The scripts read the same, but Prisma's does not run on this server: " + notRunnable);
		}
	}

	private static List<String> namespaces(Datamodel datamodel) {
		if (datamodel.datasource() == null || datamodel.datasource().schemas().isEmpty()) {
			return List.of(MigrationScripts.DEFAULT_NAMESPACE);
		}
		return datamodel.datasource().schemas();
	}
}
