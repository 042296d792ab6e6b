package dev.prismaspring.migrate.history;

/** Where one migration stands, comparing the migrations folder with {@code _prisma_migrations}. */
public enum MigrationState {

	/** In the folder and applied, with the script unchanged since. */
	APPLIED,

	/** In the folder and not applied yet. */
	PENDING,

	/** Started and failed; nothing more is applied until it is resolved. */
	FAILED,

	/** Marked rolled back after a failure; the next deploy applies it again. */
	ROLLED_BACK,

	/** Applied, but the script in the folder is not the one that ran. */
	MODIFIED,

	/** Recorded as applied in the database, but its directory is not in the folder. */
	MISSING_FROM_FOLDER
}
