package dev.prismaspring.migrate.history;

import java.time.Instant;

/**
 * One row of {@code _prisma_migrations}.
 *
 * @param id a random UUID
 * @param checksum the SHA-256 of the script when it was applied
 * @param finishedAt when it finished, {@code null} while running or after a failure
 * @param migrationName the migration directory's name
 * @param logs the database's error for a failed migration; {@code null} after success, empty
 * for one marked applied
 * @param rolledBackAt when it was marked rolled back, or {@code null}
 * @param startedAt when it started
 * @param appliedStepsCount {@code 1} once the script ran, {@code 0} otherwise
 */
public record MigrationRecord(String id, String checksum, Instant finishedAt, String migrationName, String logs,
		Instant rolledBackAt, Instant startedAt, int appliedStepsCount) {

	/** @return whether the migration ran to its end and was not rolled back since */
	public boolean isApplied() {
		return this.finishedAt != null && this.rolledBackAt == null;
	}

	/** @return whether the migration failed and was not resolved since */
	public boolean isFailed() {
		return this.finishedAt == null && this.rolledBackAt == null;
	}

	/** @return whether {@code migrate resolve --rolled-back} was run for it */
	public boolean isRolledBack() {
		return this.rolledBackAt != null;
	}
}
