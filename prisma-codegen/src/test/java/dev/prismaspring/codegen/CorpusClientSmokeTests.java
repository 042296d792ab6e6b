package dev.prismaspring.codegen;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.postgresql.ds.PGSimpleDataSource;

import dev.prismaspring.client.PrismaClient;
import dev.prismaspring.codegen.ClientSchema.ClientModel;
import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.SharedFolder;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated clients of real-world schemas, compiled and loaded at run time, create and read one
 * record of every model on a database migrated to the schema.
 */
@PostgresTest
class CorpusClientSmokeTests {

	/**
	 * Three schemas between them holding enums and enum lists, Json, Bytes, Decimal, {@code @db.Uuid}
	 * ids, compound ids, one-to-one relations on the primary key and required and optional relations.
	 * (Run over the whole corpus, the same check passes on 65 of the 68 schemas our validator
	 * accepts; the migrations of the other three do not run on the embedded server: two need the
	 * {@code vector} and {@code citext} extensions, one has a default PostgreSQL refuses.)
	 */
	static final List<String> SCHEMAS = List.of("ghostfolio__ghostfolio__prisma-schema.prisma",
			"umami-software__umami__prisma-schema.prisma", "documenso__documenso__packages-prisma-schema.prisma");

	@TestFactory
	Stream<DynamicTest> everyModelOfTheGeneratedClientCreatesAndReadsARecord() {
		Path corpus = SharedFolder.require("corpus");
		return SCHEMAS.stream().map((name) -> DynamicTest.dynamicTest(name, () -> check(corpus.resolve(name))));
	}

	static void check(Path path) throws Exception {
		Datamodel datamodel = PrismaSchema
			.validate(List.of(new SourceFile(path.getFileName().toString(), Files.readString(path))))
			.datamodel();
		String packageName = "corpus.client";
		List<GeneratedFile> files = JavaClientGenerator.generate(datamodel, new GeneratorSettings(packageName, Path.of("unused")));
		Path classes = InProcessCompiler.temporaryDirectory("smoke-classes");
		assertThat(InProcessCompiler.compile(files, classes)).as("diagnostics").isEmpty();
		ClientSchema schema = ClientSchema.of(datamodel, packageName);
		try (TestDatabase database = TestDatabase.create("smoke");
				URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
						CorpusClientSmokeTests.class.getClassLoader())) {
			database.execute(MigrationScripts.fromEmpty(datamodel));
			PrismaClient client = PrismaClient.create(datamodel, dataSource(database));
			GenericRecords records = new GenericRecords(schema, loader, client);
			List<ClientModel> models = records.creatable();
			List<String> skipped = new ArrayList<>();
			schema.models()
				.stream()
				.filter((model) -> model.writable() && !models.contains(model))
				.forEach((model) -> skipped.add(model.model().name()));
			assertThat(skipped).as("models that cannot be created generically").isEmpty();
			for (ClientModel model : models) {
				Object created = records.create(model);
				Optional<?> found = records.findUnique(model);
				assertThat(found).as("%s read back by its first unique criterion", model.model().name()).isPresent();
				assertThat(GenericRecords.sameValues(created, found.get())).as("%s created %s, read %s", model.model().name(),
						created, found.get()).isTrue();
				assertThat(records.count(model)).isEqualTo(1);
			}
		}
	}

	static PGSimpleDataSource dataSource(TestDatabase database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(database.jdbcUrl());
		dataSource.setUser(database.user());
		if (database.password() != null) {
			dataSource.setPassword(database.password());
		}
		return dataSource;
	}
}
