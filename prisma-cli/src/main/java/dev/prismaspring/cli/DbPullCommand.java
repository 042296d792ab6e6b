package dev.prismaspring.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.pull.SchemaPuller;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.format.SchemaFormatter;
import dev.prismaspring.schema.url.EnvLookup;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * {@code prisma db pull}: writes the database's tables, enums and relations into the schema,
 * keeping the schema's datasource and generator blocks. A datasource that lists {@code schemas}
 * has all of them read, each model and enum placed with {@code @@schema}.
 */
@Command(name = "pull", mixinStandardHelpOptions = true,
		description = "Read the database's structure into the Prisma schema, replacing its models and enums.")
final class DbPullCommand implements Callable<Integer> {

	@Mixin
	SchemaOption schemaOption;

	@Option(names = "--url", paramLabel = "URL",
			description = "The database to read. Default: the url of the schema's datasource.")
	String url;

	@Option(names = "--print", description = "Print the schema instead of writing it to the file.")
	boolean print;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Path location = (this.schemaOption.schema != null || !this.print || this.url == null)
				? this.schemaOption.resolve() : null;
		ValidatedSchema existing = (location != null && Files.isRegularFile(location))
				? PrismaSchema.validate(SchemaFiles.load(location)) : null;
		PostgresConnection connection = connection(existing, location);
		List<String> schemas = (existing != null && !existing.hasErrors() && existing.datamodel().datasource() != null)
				? existing.datamodel().datasource().schemas() : List.of();
		String pulled = schemas.isEmpty()
				? SchemaPuller.pull(SchemaLoading.describe(connection, List.of(connection.schema())))
				: SchemaPuller.pull(SchemaLoading.describe(connection, schemas), true);
		if (pulled.lines().noneMatch((line) -> line.matches("(model|enum|view) .*"))) {
			// Prisma's answer too: writing the schema now would replace its models with nothing.
			throw new PrismaException("P4001", "The introspected database was empty: " + connection.database()
					+ " has no tables or enums in schema " + String.join(", ", schemas.isEmpty()
							? List.of(connection.schema()) : schemas)
					+ ". Check that the URL names the right database and schema (?schema=...), or create the tables"
					+ " first (migrate deploy, db push). The schema file was not changed.");
		}
		String text = withConfiguration(pulled, existing);
		if (this.print) {
			this.spec.commandLine().getOut().print(text);
			return 0;
		}
		Files.writeString(location, text, StandardCharsets.UTF_8);
		long models = text.lines().filter((line) -> line.startsWith("model ")).count();
		this.spec.commandLine().getOut().println("Introspected " + models + " models and wrote them into " + location
				+ " " + Terminal.green("✔"));
		return 0;
	}

	private PostgresConnection connection(ValidatedSchema existing, Path location) {
		if (this.url != null) {
			return PostgresConnection.parse(this.url, "--url");
		}
		if (existing == null || existing.hasErrors()) {
			throw new PrismaException("PSB1004", "No database to read: there is no valid schema at " + location
					+ " to take a datasource url from. Pass --url postgresql://USER:PASSWORD@HOST:PORT/DATABASE.");
		}
		return SchemaLoading.datasourceConnection(existing.datamodel(), location, EnvLookup.system());
	}

	// The pulled models and enums under the existing schema's datasource and generator blocks.
	private static String withConfiguration(String pulled, ValidatedSchema existing) {
		if (existing == null) {
			return pulled;
		}
		StringBuilder text = new StringBuilder();
		for (Block block : existing.ast().blocks()) {
			if (block.kind().isConfiguration()) {
				text.append(block.span().text()).append("\n\n");
			}
		}
		if (text.length() == 0) {
			return pulled;
		}
		String body = pulled.substring(pulled.indexOf('}', pulled.indexOf("datasource")) + 1).stripLeading();
		return SchemaFormatter.format(text + body, "schema.prisma");
	}
}
