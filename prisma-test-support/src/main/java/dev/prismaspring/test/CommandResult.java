package dev.prismaspring.test;

/**
 * What an external command (the Prisma oracle, {@code psql}) returned.
 *
 * @param exitCode the process's exit code
 * @param stdout everything it wrote to standard output, decoded as UTF-8
 * @param stderr everything it wrote to standard error, decoded as UTF-8
 */
public record CommandResult(int exitCode, String stdout, String stderr) {

	/**
	 * Tell whether the command exited with code 0.
	 * @return {@code true} on success
	 */
	public boolean succeeded() {
		return this.exitCode == 0;
	}

	@Override
	public String toString() {
		return "exit code " + this.exitCode + "\n--- stdout\n" + Redaction.redact(this.stdout) + "--- stderr\n"
				+ Redaction.redact(this.stderr);
	}

}
