package dev.prismaspring.migrate.history;

/**
 * One migration's state.
 *
 * @param name the migration directory's name
 * @param state where it stands
 * @param record its latest row in {@code _prisma_migrations}, or {@code null} when it has none
 * @param checksum the checksum of the script in the folder, or {@code null} when it is not there
 */
public record MigrationStatus(String name, MigrationState state, MigrationRecord record, String checksum) {

	/** @return whether the next deploy runs it */
	public boolean isPending() {
		return this.state == MigrationState.PENDING || this.state == MigrationState.ROLLED_BACK;
	}
}
