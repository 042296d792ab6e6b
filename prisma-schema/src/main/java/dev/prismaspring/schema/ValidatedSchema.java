package dev.prismaspring.schema;

import java.util.List;

import dev.prismaspring.schema.ast.SchemaAst;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.model.DatamodelBuilder;

/**
 * The result of reading and validating a schema: its syntax tree and every diagnostic found.
 *
 * @param ast the syntax tree of every file, whatever was wrong with them
 * @param diagnostics errors and warnings, in the order found
 */
public record ValidatedSchema(SchemaAst ast, List<Diagnostic> diagnostics) {

	public ValidatedSchema {
		diagnostics = List.copyOf(diagnostics);
	}

	/** @return whether any diagnostic is an error */
	public boolean hasErrors() {
		return this.diagnostics.stream().anyMatch(Diagnostic::isError);
	}

	/** @return the errors only */
	public List<Diagnostic> errors() {
		return this.diagnostics.stream().filter(Diagnostic::isError).toList();
	}

	/** @return the warnings only */
	public List<Diagnostic> warnings() {
		return this.diagnostics.stream().filter((diagnostic) -> !diagnostic.isError()).toList();
	}

	/**
	 * @return what the schema means, resolved
	 * @throws PrismaException with code {@code P1012} when the schema has errors; its message lists them
	 */
	public Datamodel datamodel() {
		if (hasErrors()) {
			throw new PrismaException("P1012", "The schema is not valid; fix these errors first:\n"
					+ DiagnosticPrinter.print(errors()));
		}
		return DatamodelBuilder.build(this.ast);
	}
}
