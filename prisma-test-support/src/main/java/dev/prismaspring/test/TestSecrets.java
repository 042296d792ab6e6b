package dev.prismaspring.test;

import java.util.List;

/**
 * The passwords the tests give the code under test. A test that needs a password uses
 * {@link #PASSWORD}; the others are older tests' values, kept so that
 * {@link SecretLeakCheck} looks for them too. Each is distinctive enough that finding it in
 * output means it leaked.
 */
public final class TestSecrets {

	/** The password new tests use. */
	public static final String PASSWORD = "Pr1sma-T3st-Passw0rd";

	static final List<String> ALL = List.of(PASSWORD, "Sup3rSecretPassw0rd", "Sup3rS3cr3t", "Sup3rSecret",
			"TopSecret42", "hunter2secret");

	private TestSecrets() {
	}

}
