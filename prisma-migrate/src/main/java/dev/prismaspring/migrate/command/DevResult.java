package dev.prismaspring.migrate.command;

import java.util.List;

import dev.prismaspring.migrate.lint.LintFinding;

/**
 * What {@code migrate dev} did.
 *
 * @param created the new migration's directory name, or {@code null} when the schema and the
 * history already agree
 * @param applied the migrations applied to the development database, the new one last
 * @param warnings the data-loss warnings of the new migration
 * @param lint what the lint found in the new migration
 */
public record DevResult(String created, List<String> applied, List<String> warnings, List<LintFinding> lint) {

	public DevResult {
		applied = List.copyOf(applied);
		warnings = List.copyOf(warnings);
		lint = List.copyOf(lint);
	}
}
