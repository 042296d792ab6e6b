package dev.prismaspring.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.diff.MigrationStep;
import dev.prismaspring.migrate.diff.SchemaDiffer;
import dev.prismaspring.migrate.render.MigrationRenderer;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.url.EnvLookup;

/**
 * {@code prisma migrate diff}: the difference between two states of a database, as a summary or as
 * the SQL script that migrates the first to the second. Nothing is applied.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = "Compare two database schema sources and print the difference, or the SQL script that turns the first into the second.")
final class MigrateDiffCommand implements Callable<Integer> {

	@ArgGroup(exclusive = true, multiplicity = "1", heading = "From (exactly one):%n")
	From from;

	@ArgGroup(exclusive = true, multiplicity = "1", heading = "To (exactly one):%n")
	To to;

	@Option(names = "--shadow-database-url", paramLabel = "URL",
			description = "The scratch database --from-migrations and --to-migrations replay into; its schemas are emptied first.")
	String shadowDatabaseUrl;

	@Option(names = "--script", description = "Print a SQL script instead of a summary.")
	boolean script;

	@Option(names = "--exit-code",
			description = "Exit with 0 when there is no difference, 2 when there is one, 1 on error.")
	boolean exitCode;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the result to FILE instead of stdout.")
	Path output;

	@Spec
	CommandSpec spec;

	static final class From {

		@Option(names = "--from-empty", required = true, description = "An empty database.")
		boolean empty;

		@Option(names = "--from-schema-datamodel", required = true, paramLabel = "FILE",
				description = "The database a schema file (or folder) describes.")
		String datamodel;

		@Option(names = "--from-schema-datasource", required = true, paramLabel = "FILE",
				description = "The live database the schema's datasource url points at.")
		String datasource;

		@Option(names = "--from-url", required = true, paramLabel = "URL", description = "A live database.")
		String url;

		@Option(names = "--from-migrations", required = true, paramLabel = "DIR",
				description = "The database a migrations folder leads to, replayed into the shadow database.")
		String migrations;

		DiffSources.Side side() {
			return (this.migrations != null) ? new DiffSources.Side(DiffSources.Side.Kind.MIGRATIONS, this.migrations)
					: DiffSources.sideOf(this.datamodel, this.datasource, this.url);
		}
	}

	static final class To {

		@Option(names = "--to-empty", required = true, description = "An empty database.")
		boolean empty;

		@Option(names = "--to-schema-datamodel", required = true, paramLabel = "FILE",
				description = "The database a schema file (or folder) describes.")
		String datamodel;

		@Option(names = "--to-schema-datasource", required = true, paramLabel = "FILE",
				description = "The live database the schema's datasource url points at.")
		String datasource;

		@Option(names = "--to-url", required = true, paramLabel = "URL", description = "A live database.")
		String url;

		@Option(names = "--to-migrations", required = true, paramLabel = "DIR",
				description = "The database a migrations folder leads to, replayed into the shadow database.")
		String migrations;

		DiffSources.Side side() {
			return (this.migrations != null) ? new DiffSources.Side(DiffSources.Side.Kind.MIGRATIONS, this.migrations)
					: DiffSources.sideOf(this.datamodel, this.datasource, this.url);
		}
	}

	@Override
	public Integer call() throws IOException {
		List<DiffSources.Resolved> sides = DiffSources.resolve(List.of(this.from.side(), this.to.side()),
				this.shadowDatabaseUrl, EnvLookup.system());
		List<MigrationStep> steps = SchemaDiffer.diff(sides.get(0).sqlSchema(), sides.get(1).sqlSchema());
		String text = this.script ? new MigrationRenderer(sides.get(0).multiSchema()).render(steps)
				: DiffSummary.of(steps);
		if (this.output != null) {
			write(text);
		}
		else {
			this.spec.commandLine().getOut().print(text);
		}
		return (this.exitCode && !steps.isEmpty()) ? 2 : 0;
	}

	private void write(String text) {
		try {
			Path parent = this.output.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(this.output, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new PrismaException("PSB1003", "Could not write the diff to " + this.output + ": " + ex.getMessage()
					+ ". Check that the folder exists and is writable.", ex);
		}
	}
}
