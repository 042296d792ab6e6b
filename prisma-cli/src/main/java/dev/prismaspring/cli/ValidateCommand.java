package dev.prismaspring.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prisma validate}: exit 0 when the schema is valid, 1 with its diagnostics when not. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate the Prisma schema.")
final class ValidateCommand implements Callable<Integer> {

	@Mixin
	SchemaOption schemaOption;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Path location = this.schemaOption.resolve();
		ValidatedSchema schema = PrismaSchema.validate(SchemaFiles.load(location));
		if (!schema.diagnostics().isEmpty()) {
			this.spec.commandLine().getErr().print(DiagnosticPrinter.print(schema.diagnostics()));
		}
		if (schema.hasErrors()) {
			this.spec.commandLine()
				.getErr()
				.println("Error code: " + Diagnostic.SCHEMA_VALIDATION + " (the schema at " + location
						+ " is invalid; fix the errors above)");
			return 1;
		}
		this.spec.commandLine().getOut().println("The schema at " + location + " is valid " + Terminal.green("✔"));
		return 0;
	}
}
