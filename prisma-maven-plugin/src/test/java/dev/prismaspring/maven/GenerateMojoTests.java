package dev.prismaspring.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** prisma:generate on a small project. */
class GenerateMojoTests {

	@TempDir
	Path dir;

	@Test
	void writesTheClientAndAddsItToTheCompileSourceRoots() throws Exception {
		TestProject project = TestProject.withSchema(this.dir);
		project.goal(new GenerateMojo()).execute();
		Path output = this.dir.resolve("target/generated-sources/prisma");
		assertThat(output.resolve("prisma/client/User.java")).isRegularFile();
		assertThat(output.resolve("prisma/client/UserRepository.java")).isRegularFile();
		assertThat(output.resolve("prisma/client/Post.java")).isRegularFile();
		assertThat(project.project.getCompileSourceRoots()).contains(output.toString());
		assertThat(project.log.text()).contains("Generated the Prisma client (package prisma.client) in " + output);
	}

	@Test
	void skipsWhenNothingChangedButStillAddsTheSourceRoot() throws Exception {
		TestProject project = TestProject.withSchema(this.dir);
		project.goal(new GenerateMojo()).execute();
		Path user = this.dir.resolve("target/generated-sources/prisma/prisma/client/User.java");
		long modified = Files.getLastModifiedTime(user).toMillis();

		TestProject again = TestProject.in(this.dir);
		again.goal(new GenerateMojo()).execute();
		assertThat(again.log.text()).contains("is up to date").doesNotContain("Generated");
		assertThat(again.project.getCompileSourceRoots())
			.contains(this.dir.resolve("target/generated-sources/prisma").toString());
		assertThat(Files.getLastModifiedTime(user).toMillis()).isEqualTo(modified);

		project.write("src/main/resources/prisma/schema.prisma", TestProject.SCHEMA + """

				model Tag {
				  id   Int    @id
				  name String
				}
				""");
		TestProject changed = TestProject.in(this.dir);
		changed.goal(new GenerateMojo()).execute();
		assertThat(changed.log.text()).contains("Generated");
		assertThat(this.dir.resolve("target/generated-sources/prisma/prisma/client/Tag.java")).isRegularFile();
	}

	@Test
	void packageAndOutputDirectoryParametersWin() throws Exception {
		TestProject project = TestProject.withSchema(this.dir);
		GenerateMojo goal = project.goal(new GenerateMojo());
		goal.packageName = "com.example.db";
		goal.outputDirectory = this.dir.resolve("build/client").toFile();
		goal.execute();
		assertThat(this.dir.resolve("build/client/com/example/db/User.java")).isRegularFile();
		assertThat(project.project.getCompileSourceRoots()).contains(this.dir.resolve("build/client").toString());
	}

	@Test
	void theSchemasGeneratorBlockIsRespected() throws Exception {
		TestProject project = TestProject.in(this.dir);
		project.write("src/main/resources/prisma/schema.prisma", TestProject.SCHEMA.replace("""
				  provider = "prisma-client-java"
				""", """
				  provider = "prisma-client-java"
				  package  = "com.example.blog"
				  output   = "../../../../target/blog-client"
				"""));
		project.goal(new GenerateMojo()).execute();
		assertThat(this.dir.resolve("target/blog-client/com/example/blog/User.java")).isRegularFile();
	}

	@Test
	void anInvalidSchemaFailsWithItsDiagnostics() {
		TestProject project = TestProject.in(this.dir);
		project.write("src/main/resources/prisma/schema.prisma", "model User {\n  id Int @id\n  posts Post[]\n}\n");
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> project.goal(new GenerateMojo()).execute())
			.withMessageContaining("P1012")
			.withMessageContaining("Post")
			.withMessageContaining("schema.prisma");
	}

	@Test
	void aMissingSchemaSaysHowToCreateOne() {
		TestProject project = TestProject.in(this.dir);
		assertThatExceptionOfType(MojoFailureException.class).isThrownBy(() -> project.goal(new GenerateMojo()).execute())
			.withMessageContaining("PSB1001")
			.withMessageContaining("prisma:init");
	}

	@Test
	void skipDoesNothing() throws Exception {
		TestProject project = TestProject.withSchema(this.dir);
		GenerateMojo goal = project.goal(new GenerateMojo());
		goal.skip = true;
		goal.execute();
		assertThat(new File(this.dir.toFile(), "target")).doesNotExist();
		assertThat(project.project.getCompileSourceRoots()).isEmpty();
	}
}
