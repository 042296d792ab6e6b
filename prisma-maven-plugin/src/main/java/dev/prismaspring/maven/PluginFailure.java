package dev.prismaspring.maven;

/**
 * A problem the user can fix, reported as the goal's failure message (Maven's
 * {@code MojoFailureException}) without a stack trace.
 */
final class PluginFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	PluginFailure(String code, String message) {
		super(code + ": " + message);
	}
}
