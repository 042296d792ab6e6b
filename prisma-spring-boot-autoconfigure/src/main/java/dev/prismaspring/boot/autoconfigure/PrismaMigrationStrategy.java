package dev.prismaspring.boot.autoconfigure;

/**
 * Replaces what the application does with migrations on start-up (by default what
 * {@code prisma.migrate.mode} says), e.g. to skip them on some instances.
 */
@FunctionalInterface
public interface PrismaMigrationStrategy {

	/**
	 * @param migrate the migration commands on the application's database
	 */
	void migrate(PrismaMigrate migrate);
}
