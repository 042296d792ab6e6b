package dev.prismaspring.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PrismaOracleTests {

	@TempDir
	Path directory;

	@Test
	void validatesASchemaWithPrismasOwnEngine() throws IOException {
		Path schema = Files.writeString(this.directory.resolve("schema.prisma"), """
				datasource db {
				  provider = "postgresql"
				}

				model User {
				  id    Int    @id @default(autoincrement())
				  email String @unique
				}
				""");
		CommandResult result = PrismaOracle.run("validate", schema.toString());
		assertThat(result.succeeded()).as("%s", result).isTrue();
		assertThat(result.stdout()).contains("VALID");
	}

	@Test
	void reportsInvalidSchemasWithAnExitCode() throws IOException {
		Path schema = Files.writeString(this.directory.resolve("schema.prisma"), """
				datasource db {
				  provider = "postgresql"
				}

				model User {
				  id Int @id
				  author Missing
				}
				""");
		CommandResult result = PrismaOracle.run("validate", schema.toString());
		assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
		assertThat(result.stdout() + result.stderr()).contains("INVALID").contains("Missing");
	}

}
