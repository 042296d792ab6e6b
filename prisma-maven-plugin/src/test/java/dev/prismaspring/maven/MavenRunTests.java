package dev.prismaspring.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real Maven runs ({@code mvn -o -q prisma:...}) on a tiny project that names the plugin by its
 * coordinates: the goal prefix, the plugin's class loading (JDBC driver, SnakeYAML) and how a
 * failure reads. They run the plugin as installed in the local repository, so they are skipped
 * until {@code mvn install} has put it there: the build never depends on that.
 */
@PostgresTest
class MavenRunTests {

	private static final String POM = """
			<project xmlns="http://maven.apache.org/POM/4.0.0">
			  <modelVersion>4.0.0</modelVersion>
			  <groupId>com.example</groupId>
			  <artifactId>tiny</artifactId>
			  <version>1.0</version>
			  <packaging>pom</packaging>
			  <build>
			    <plugins>
			      <plugin>
			        <groupId>dev.prismaspring</groupId>
			        <artifactId>prisma-maven-plugin</artifactId>
			        <version>%s</version>
			      </plugin>
			    </plugins>
			  </build>
			</project>
			""";

	@TempDir
	Path dir;

	private String version;

	private Path localRepository;

	private Path mvn;

	@BeforeEach
	void findInstalledPlugin() {
		this.version = System.getProperty("prisma.it.plugin-version");
		String repository = System.getProperty("prisma.it.local-repository");
		assumeTrue(this.version != null && repository != null,
				"Run by Maven's Surefire, which passes the plugin's version and the local repository");
		this.localRepository = Path.of(repository);
		Path jar = this.localRepository.resolve("dev/prismaspring/prisma-maven-plugin/" + this.version
				+ "/prisma-maven-plugin-" + this.version + ".jar");
		assumeTrue(Files.isRegularFile(jar), "prisma-maven-plugin " + this.version + " is not installed in the local"
				+ " repository; run `mvn install -DskipTests -pl prisma-maven-plugin -am` to include the real Maven run");
		this.mvn = executable("mvn");
		assumeTrue(this.mvn != null, "No mvn on the PATH");
	}

	@Test
	void validateFailsWithPrismasP1012MessageOnABrokenSchema() throws Exception {
		TestProject project = TestProject.in(this.dir);
		project.write("pom.xml", POM.formatted(this.version));
		project.write("src/main/resources/prisma/schema.prisma", "model User {\n  id    Int    @id\n  posts Post[]\n}\n");
		Result broken = mvn("prisma:validate");
		assertThat(broken.exitCode()).as(broken.output()).isOne();
		assertThat(broken.output()).contains("Type \"Post\" is neither a built-in type").contains("P1012");
	}

	@Test
	void migrateDeployAppliesTheMigrationsToTheDatabaseOfApplicationYml(TestDatabase database) throws Exception {
		TestProject project = TestProject.withSchema(this.dir);
		project.write("pom.xml", POM.formatted(this.version));
		project.write("src/main/resources/prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n");
		project.write("src/main/resources/prisma/migrations/20240101000000_init/migration.sql",
				"CREATE TABLE \"Tiny\" (\"id\" SERIAL PRIMARY KEY);\n");
		project.write("src/main/resources/application.yml", """
				spring:
				  datasource:
				    url: ${TINY_DATABASE_URL:%s}
				    username: %s
				    password: "%s"
				""".formatted(database.jdbcUrl(), database.user(),
				(database.password() != null) ? database.password() : ""));
		Result deploy = mvn("prisma:migrate-deploy");
		assertThat(deploy.exitCode()).as(redact(deploy.output(), database)).isZero();
		assertThat(database.queryForObject("SELECT count(*) FROM \"Tiny\"", Long.class)).isZero();
	}

	private static String redact(String text, TestDatabase database) {
		String password = database.password();
		return (password == null || password.isEmpty()) ? text : text.replace(password, "****");
	}

	private Result mvn(String goal) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(this.mvn.toString(), "-o", "-q", "-B",
				"-Dmaven.repo.local=" + this.localRepository, goal));
		Process process = new ProcessBuilder(command).directory(this.dir.toFile()).redirectErrorStream(true).start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("mvn " + goal + " did not finish in 3 minutes");
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private static Path executable(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String folder : path.split(File.pathSeparator)) {
			Path candidate = Path.of(folder, name);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private record Result(int exitCode, String output) {
	}
}
