package dev.prismaspring.migrate.lint;

import java.util.Objects;

/**
 * One thing {@link MigrationLinter} found in a migration script.
 *
 * @param rule the stable id of the rule, such as {@code index-without-concurrently}
 * @param severity whether the statement will fail ({@link Severity#ERROR}) or works but may hurt
 * ({@link Severity#WARNING})
 * @param line the 1-based line of the script the finding is about
 * @param statement the statement, without its semicolon and the comments before it
 * @param message what the statement does and why it is a problem, with the migration's name and
 * the line when the linter was given the name
 * @param recipe the safer way to make the same change
 */
public record LintFinding(String rule, Severity severity, int line, String statement, String message, String recipe) {

	/** How bad a finding is. */
	public enum Severity {

		/** The statement works but may block the application, or break instances running older code. */
		WARNING,

		/** The statement fails when deployed, at least on a table that has rows. */
		ERROR

	}

	/**
	 * @param rule the stable id of the rule
	 * @param severity how bad it is
	 * @param line the 1-based line
	 * @param statement the statement
	 * @param message what and why
	 * @param recipe the safer way
	 */
	public LintFinding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(recipe, "recipe");
	}

	/**
	 * @return the finding for a terminal: severity, rule and message on one line, the recipe on the next
	 */
	public String describe() {
		return this.severity + " [" + this.rule + "] " + this.message + System.lineSeparator() + "  Safer: "
				+ this.recipe;
	}
}
