package dev.prismaspring.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

import dev.prismaspring.schema.url.EnvLookup;

/**
 * A small Maven project in a folder, and goals configured on it as Maven would configure them:
 * the real {@link MavenProject}, a recording log, and an environment the test chooses.
 */
final class TestProject {

	static final String SCHEMA = """
			datasource db {
			  provider = "postgresql"
			  url      = env("DATABASE_URL")
			}

			generator client {
			  provider = "prisma-client-java"
			}

			model User {
			  id    Int    @id @default(autoincrement())
			  email String @unique
			  posts Post[]
			}

			model Post {
			  id       Int    @id @default(autoincrement())
			  title    String
			  authorId Int
			  author   User   @relation(fields: [authorId], references: [id])
			}
			""";

	final Path dir;

	final MavenProject project;

	final RecordingLog log = new RecordingLog();

	EnvLookup environment = EnvLookup.of(Map.of());

	private TestProject(Path dir) {
		this.dir = dir;
		Model model = new Model();
		model.setModelVersion("4.0.0");
		model.setGroupId("com.example");
		model.setArtifactId("blog");
		model.setVersion("1.0");
		this.project = new MavenProject(model);
		this.project.setFile(dir.resolve("pom.xml").toFile());
		this.project.getBuild().setDirectory(dir.resolve("target").toString());
	}

	static TestProject in(Path dir) {
		return new TestProject(dir);
	}

	/** A project whose schema is {@link #SCHEMA}. */
	static TestProject withSchema(Path dir) {
		TestProject project = new TestProject(dir);
		project.write("src/main/resources/prisma/schema.prisma", SCHEMA);
		return project;
	}

	<T extends AbstractPrismaMojo> T goal(T mojo) {
		mojo.project = this.project;
		mojo.setLog(this.log);
		mojo.environment = this.environment;
		return mojo;
	}

	TestProject environment(Map<String, String> variables) {
		this.environment = EnvLookup.of(variables);
		return this;
	}

	Path path(String relative) {
		return this.dir.resolve(relative);
	}

	Path schema() {
		return path("src/main/resources/prisma/schema.prisma");
	}

	Path migrations() {
		return path("src/main/resources/prisma/migrations");
	}

	Path write(String relative, String text) {
		try {
			Path file = this.dir.resolve(relative);
			Files.createDirectories(file.getParent());
			return Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String read(String relative) {
		try {
			return Files.readString(this.dir.resolve(relative), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the names of the migration folders, oldest first */
	List<String> migrationNames() {
		if (!Files.isDirectory(migrations())) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(migrations())) {
			return entries.filter(Files::isDirectory).map((path) -> path.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
