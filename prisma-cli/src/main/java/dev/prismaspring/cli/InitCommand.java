package dev.prismaspring.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.schema.PrismaException;

/** {@code prisma init}: a starting schema and migrations folder where a Spring Boot project keeps them. */
@Command(name = "init", mixinStandardHelpOptions = true,
		description = "Create src/main/resources/prisma/schema.prisma and its migrations folder.")
final class InitCommand implements Callable<Integer> {

	static final String SCHEMA = """
			// The schema of this application's database: edit the models, then run
			// `migrate dev --name <change>` to write and apply a migration.

			generator client {
			  provider = "prisma-client-java"
			}

			datasource db {
			  provider = "postgresql"
			  url      = env("DATABASE_URL")
			  // `migrate dev` replays the migrations into a scratch "shadow" database. Without this
			  // line it creates and drops one itself, which needs the CREATEDB privilege:
			  // shadowDatabaseUrl = env("SHADOW_DATABASE_URL")
			}
			""";

	@Option(names = "--dir", paramLabel = "DIR", defaultValue = "src/main/resources/prisma",
			description = "Where to create the schema. Default: ${DEFAULT-VALUE}.")
	Path directory;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Path schema = this.directory.resolve("schema.prisma");
		if (Files.exists(schema)) {
			throw new PrismaException("PSB1007", "A schema already exists at " + schema + "; init changes nothing."
					+ " Edit it, or remove it to start again.");
		}
		Files.createDirectories(this.directory);
		Files.writeString(schema, SCHEMA, StandardCharsets.UTF_8);
		MigrationsFolder.create(this.directory.resolve("migrations"));
		this.spec.commandLine().getOut().println("Created " + schema + " and " + this.directory.resolve("migrations")
				+ ".\nNext: set DATABASE_URL (or the prisma.datasource.* properties), add models, then run"
				+ " `migrate dev --name init`.");
		return 0;
	}
}
