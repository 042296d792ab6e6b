package dev.prismaspring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.prismaspring.migrate.folder.MigrationsFolder;
import dev.prismaspring.migrate.lint.LintFinding;
import dev.prismaspring.migrate.lint.MigrationLinter;

/**
 * {@code migrate lint}: flags DDL that takes heavy locks or rewrites big tables, with the safer
 * recipe. Exit 1 when a statement would fail when deployed, 0 otherwise.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
		description = "Check migration scripts for statements that lock or rewrite big tables, and show the safer way.")
final class MigrateLintCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions options;

	@Parameters(arity = "0..*", paramLabel = "FILE",
			description = "Scripts to check. Default: every migration of the migrations folder.")
	List<Path> files;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		int warnings = 0;
		int errors = 0;
		if (this.files != null && !this.files.isEmpty()) {
			for (Path file : this.files) {
				List<LintFinding> findings = MigrationLinter.lint(Files.readString(file, StandardCharsets.UTF_8),
						file.toString());
				print(out, file.toString(), findings);
				warnings += count(findings, LintFinding.Severity.WARNING);
				errors += count(findings, LintFinding.Severity.ERROR);
			}
		}
		else {
			for (MigrationsFolder.Migration migration : this.options.folder().migrations()) {
				List<LintFinding> findings = MigrationLinter.lint(migration.script(), migration.name());
				print(out, migration.name(), findings);
				warnings += count(findings, LintFinding.Severity.WARNING);
				errors += count(findings, LintFinding.Severity.ERROR);
			}
		}
		out.println(errors + " error(s), " + warnings + " warning(s).");
		return (errors > 0) ? 1 : 0;
	}

	private static void print(PrintWriter out, String name, List<LintFinding> findings) {
		for (LintFinding finding : findings) {
			out.println(name + ":" + finding.line() + ": " + finding.describe());
		}
	}

	private static int count(List<LintFinding> findings, LintFinding.Severity severity) {
		return (int) findings.stream().filter((finding) -> finding.severity() == severity).count();
	}
}
