package dev.prismaspring.migrate.deploy;

import java.time.Duration;

/**
 * Told what a migration command does, for progress output, logs and metrics. Every method does
 * nothing by default.
 */
public interface MigrationListener {

	/** A listener that ignores everything. */
	MigrationListener NONE = new MigrationListener() {
	};

	/**
	 * @param message a sentence for the log: another migrator holds the lock
	 */
	default void waitingForLock(String message) {
	}

	/**
	 * @param name a migration about to run
	 */
	default void applying(String name) {
	}

	/**
	 * @param name a migration that ran
	 * @param took how long it took
	 */
	default void applied(String name, Duration took) {
	}

	/**
	 * @param message something the user should know that does not stop the command
	 */
	default void warning(String message) {
	}
}
