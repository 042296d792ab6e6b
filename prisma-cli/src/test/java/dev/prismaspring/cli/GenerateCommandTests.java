package dev.prismaspring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTests {

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
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return PrismaCli.execute(new PrintWriter(this.out), new PrintWriter(this.err), args);
	}

	@Test
	void generateWritesTheClientWhereTheGeneratorBlockSays() throws IOException {
		Path schema = schema(SCHEMA);
		assertThat(run("generate", "--schema", schema.toString())).isZero();
		assertThat(this.dir.resolve("generated/com/example/db/User.java")).exists();
		assertThat(this.dir.resolve("generated/com/example/db/UserRepository.java")).exists();
		assertThat(this.out.toString()).contains("Generated the Java client").contains("1 models").contains("com.example.db");
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void optionsOverrideTheGeneratorBlockAndASecondRunChangesNothing() throws IOException {
		Path schema = schema(SCHEMA);
		Path output = this.dir.resolve("src");
		assertThat(run("generate", "--schema", schema.toString(), "--output", output.toString(), "--package", "app.db"))
			.isZero();
		assertThat(output.resolve("app/db/User.java")).content().contains("package app.db;");
		assertThat(run("generate", "--schema", schema.toString(), "--output", output.toString(), "--package", "app.db"))
			.isZero();
		assertThat(this.out.toString()).contains("is up to date");
	}

	@Test
	void anInvalidSchemaExitsWithOneAndItsErrors() throws IOException {
		Path schema = schema("model User {\n  id Int\n}\n");
		assertThat(run("generate", "--schema", schema.toString(), "--output", this.dir.toString())).isEqualTo(1);
		assertThat(this.err.toString()).contains("P1012").contains("schema.prisma:");
	}

	@Test
	void anInvalidPackageIsRefused() throws IOException {
		Path schema = schema(SCHEMA);
		assertThat(run("generate", "--schema", schema.toString(), "--package", "app.class")).isEqualTo(1);
		assertThat(this.err.toString()).contains("PSB4001").contains("app.class");
	}

	private Path schema(String text) throws IOException {
		Files.createDirectories(this.dir.resolve("prisma"));
		return Files.writeString(this.dir.resolve("prisma/schema.prisma"), text);
	}
}
