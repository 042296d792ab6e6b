package dev.prismaspring.boot.autoconfigure;

/** What the application does with migrations when it starts. */
public enum MigrateMode {

	/** Apply pending migrations, as {@code migrate deploy} (the default). */
	DEPLOY,

	/** Only check that no migration is pending, failed or edited; stop start-up otherwise. */
	VALIDATE,

	/** Apply pending migrations, then create and apply one from schema changes, as {@code migrate dev}. */
	DEV,

	/** Do nothing. */
	NONE
}
