package dev.prismaspring.cli;

import java.nio.file.Path;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.model.Datamodel;

/** Reads a schema for commands that need a valid one, failing with its diagnostics otherwise. */
final class SchemaLoading {

	private SchemaLoading() {
	}

	static Datamodel datamodel(Path location) {
		ValidatedSchema schema = PrismaSchema.validate(SchemaFiles.load(location));
		if (schema.hasErrors()) {
			throw new PrismaException(Diagnostic.SCHEMA_VALIDATION, "The schema at " + location
					+ " is invalid; fix these errors and run the command again:\n"
					+ DiagnosticPrinter.print(schema.errors()));
		}
		return schema.datamodel();
	}
}
