package dev.prismaspring.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.url.EnvLookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Writing a client: unchanged files stay untouched, stale ones go, the input hash tells when to skip. */
class OutputTests {

	private static final String SCHEMA = """
			generator java {
			  provider = "prisma-client-java"
			  output   = "../generated"
			  package  = "com.example.db"
			}

			model User {
			  id    Int    @id
			  email String @unique
			}
			""";

	@TempDir
	Path directory;

	@Test
	void theGeneratorBlockSetsPackageAndOutputRelativeToTheSchemaFile() {
		Path schemaFile = this.directory.resolve("prisma/schema.prisma");
		GeneratorSettings settings = GeneratorSettings.fromSchema(datamodel(SCHEMA), schemaFile, EnvLookup.of(Map.of()));
		assertThat(settings.packageName()).isEqualTo("com.example.db");
		assertThat(settings.outputDirectory()).isEqualTo(this.directory.resolve("generated").toAbsolutePath());
	}

	@Test
	void withoutAJavaGeneratorBlockTheDefaultsApply() {
		GeneratorSettings settings = GeneratorSettings.fromSchema(datamodel("""
				generator client {
				  provider = "prisma-client-js"
				  output   = "../node_modules/.prisma/client"
				}
				model User {
				  id Int @id
				}
				"""), Path.of("schema.prisma"), EnvLookup.of(Map.of()));
		assertThat(settings.packageName()).isEqualTo(GeneratorSettings.DEFAULT_PACKAGE).isEqualTo("prisma.client");
		assertThat(settings.outputDirectory()).isEqualTo(Path.of("target/generated-sources/prisma"));
	}

	@Test
	void theProviderMayComeFromTheEnvironment() {
		GeneratorSettings settings = GeneratorSettings.fromSchema(datamodel("""
				generator java {
				  provider = env("GENERATOR")
				  package  = "from.env"
				}
				model User {
				  id Int @id
				}
				"""), Path.of("schema.prisma"), EnvLookup.of(Map.of("GENERATOR", "prisma-client-java")));
		assertThat(settings.packageName()).isEqualTo("from.env");
	}

	@Test
	void aPackageThatIsNotAJavaPackageIsRefused() {
		assertThatExceptionOfType(PrismaException.class)
			.isThrownBy(() -> new GeneratorSettings("com.example.class", this.directory))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("PSB4001"))
			.withMessageContaining("com.example.class");
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> new GeneratorSettings("", this.directory));
	}

	@Test
	void writingAgainLeavesUnchangedFilesAloneAndDeletesFilesOfRemovedModels() throws IOException {
		GeneratorSettings settings = new GeneratorSettings("com.example.db", this.directory);
		Files.createDirectories(this.directory.resolve("com/example/db"));
		Path handWritten = Files.writeString(this.directory.resolve("com/example/db/Handwritten.java"),
				"class Handwritten {}");
		WrittenFiles first = JavaClientGenerator.write(generate(SCHEMA + "model Post {\n  id Int @id\n}\n", settings),
				settings, null);
		assertThat(first.written()).contains(this.directory.resolve("com/example/db/Post.java"));
		Path user = this.directory.resolve("com/example/db/User.java");
		FileTime before = FileTime.fromMillis(1_000_000);
		Files.setLastModifiedTime(user, before);
		WrittenFiles second = JavaClientGenerator.write(generate(SCHEMA, settings), settings, null);
		assertThat(second.written()).isEmpty();
		assertThat(second.unchanged()).contains(user);
		assertThat(Files.getLastModifiedTime(user)).isEqualTo(before);
		assertThat(second.deleted()).contains(this.directory.resolve("com/example/db/Post.java"),
				this.directory.resolve("com/example/db/PostRepository.java"));
		assertThat(this.directory.resolve("com/example/db/Post.java")).doesNotExist();
		assertThat(handWritten).exists();
	}

	@Test
	void theInputHashTellsABuildToolWhenToSkipGeneration() throws IOException {
		Path schemaFile = this.directory.resolve("prisma/schema.prisma");
		Files.createDirectories(schemaFile.getParent());
		Files.writeString(schemaFile, SCHEMA);
		GenerationReport first = JavaClientGenerator.run(schemaFile, null, null, EnvLookup.of(Map.of()));
		assertThat(first.upToDate()).isFalse();
		assertThat(first.models()).isEqualTo(1);
		assertThat(first.files().written()).isNotEmpty();
		GenerationReport second = JavaClientGenerator.run(schemaFile, null, null, EnvLookup.of(Map.of()));
		assertThat(second.upToDate()).isTrue();
		GenerationReport otherPackage = JavaClientGenerator.run(schemaFile, "com.example.other", null,
				EnvLookup.of(Map.of()));
		assertThat(otherPackage.upToDate()).isFalse();
		Files.writeString(schemaFile, SCHEMA + "model Post {\n  id Int @id\n}\n");
		GenerationReport changed = JavaClientGenerator.run(schemaFile, "com.example.other", null, EnvLookup.of(Map.of()));
		assertThat(changed.upToDate()).isFalse();
		assertThat(changed.files().written()).contains(this.directory.resolve("generated/com/example/other/Post.java"));
		Files.delete(this.directory.resolve("generated/com/example/other/Post.java"));
		assertThat(JavaClientGenerator.run(schemaFile, "com.example.other", null, EnvLookup.of(Map.of())).upToDate())
			.isFalse();
	}

	@Test
	void anInvalidSchemaIsRefusedWithItsDiagnostics() throws IOException {
		Path schemaFile = Files.writeString(this.directory.resolve("schema.prisma"), "model User {\n  id Int\n}\n");
		assertThatExceptionOfType(PrismaException.class)
			.isThrownBy(() -> JavaClientGenerator.run(schemaFile, null, this.directory, EnvLookup.of(Map.of())))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P1012"))
			.withMessageContaining("schema.prisma:");
	}

	@Test
	void theSameSchemaGivesTheSameSources() {
		GeneratorSettings settings = new GeneratorSettings("com.example.db", this.directory);
		assertThat(generate(SCHEMA, settings)).isEqualTo(generate(SCHEMA, settings));
	}

	private static List<GeneratedFile> generate(String schema, GeneratorSettings settings) {
		return JavaClientGenerator.generate(datamodel(schema), settings);
	}

	private static Datamodel datamodel(String schema) {
		return PrismaSchema.validate(List.of(new SourceFile("schema.prisma", schema))).datamodel();
	}
}
