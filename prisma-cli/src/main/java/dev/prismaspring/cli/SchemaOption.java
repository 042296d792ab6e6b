package dev.prismaspring.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.prismaspring.schema.PrismaException;
import picocli.CommandLine.Option;

/** The {@code --schema} option every command shares, with Prisma's default locations. */
final class SchemaOption {

	static final List<String> DEFAULT_LOCATIONS = List.of("src/main/resources/prisma/schema.prisma",
			"prisma/schema.prisma", "schema.prisma");

	@Option(names = "--schema", paramLabel = "PATH",
			description = "A schema.prisma file or a folder of .prisma files. Default: the first of "
					+ "src/main/resources/prisma/schema.prisma, prisma/schema.prisma, schema.prisma that exists.")
	Path schema;

	Path resolve() {
		if (this.schema != null) {
			return this.schema;
		}
		for (String candidate : DEFAULT_LOCATIONS) {
			Path path = Path.of(candidate);
			if (Files.exists(path)) {
				return path;
			}
		}
		throw new PrismaException("PSB1001", "Could not find a schema. Looked for " + String.join(", ", DEFAULT_LOCATIONS)
				+ " in " + Path.of("").toAbsolutePath() + ". Pass --schema PATH.");
	}
}
