package dev.prismaspring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PrismaCliTests {

	private static final String VALID = """
			datasource db {
			  provider = "postgresql"
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
	void validateAcceptsAValidSchema() throws IOException {
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), VALID);
		assertThat(run("validate", "--schema", schema.toString())).isZero();
		assertThat(this.out.toString()).contains("is valid");
		assertThat(this.err.toString()).isEmpty();
	}

	@Test
	void validateReportsSyntaxErrorsWithTheirLineAndExitsWithOne() throws IOException {
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), VALID.replace("email String @unique",
				"email String @unique(\n  oops"));
		assertThat(run("validate", "--schema", schema.toString())).isEqualTo(1);
		assertThat(this.err.toString()).contains("schema.prisma:7:3")
			.contains("This line is not a valid field or attribute definition.")
			.contains("P1012");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void validateReadsAFolderAsOneSchemaAndNamesTheFileOfAnError() throws IOException {
		Files.writeString(this.dir.resolve("schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n}\n");
		Files.writeString(this.dir.resolve("user.prisma"), "model User {\n  id Int @id\n  what is this\n}\n");
		assertThat(run("validate", "--schema", this.dir.toString())).isEqualTo(1);
		assertThat(this.err.toString()).contains("user.prisma:3:3");
	}

	@Test
	void aMissingSchemaIsAnErrorThatSaysWhatToDoNotAStackTrace() {
		assertThat(run("validate", "--schema", this.dir.resolve("missing.prisma").toString())).isEqualTo(1);
		assertThat(this.err.toString()).startsWith("Error: ").contains("No schema found at")
			.contains("Give the path of a schema.prisma file")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	@Test
	void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
		assertThat(run("validate", "--shema", "x")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Unknown options: '--shema'");
	}

	@Test
	void everyCommandHasHelp() {
		assertThat(run("validate", "--help")).isZero();
		assertThat(this.out.toString()).contains("--schema=PATH").contains("Validate the Prisma schema.");
	}

	@Test
	void formatRewritesTheFileAsPrismaFormatWould() throws IOException {
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), "model User {\n  id Int @id\n  email String @unique\n}\n");
		assertThat(run("format", "--schema", schema.toString())).isZero();
		assertThat(Files.readString(schema)).isEqualTo("model User {\n  id    Int    @id\n  email String @unique\n}\n");
		assertThat(this.out.toString()).contains("Formatted");
	}

	@Test
	void formatCheckChangesNothingAndFailsWhenTheFileWouldChange() throws IOException {
		String unformatted = "model User {\n  id Int @id\n  email String @unique\n}\n";
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), unformatted);
		assertThat(run("format", "--check", "--schema", schema.toString())).isEqualTo(1);
		assertThat(Files.readString(schema)).isEqualTo(unformatted);
		assertThat(this.err.toString()).contains("Not formatted: " + schema);
	}

	@Test
	void formatCheckPassesOnAFormattedFile() throws IOException {
		Path schema = Files.writeString(this.dir.resolve("schema.prisma"), VALID);
		assertThat(run("format", "--check", "--schema", schema.toString())).isZero();
		assertThat(this.err.toString()).isEmpty();
	}
}
