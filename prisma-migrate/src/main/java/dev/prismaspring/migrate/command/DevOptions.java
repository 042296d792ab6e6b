package dev.prismaspring.migrate.command;

import java.time.Duration;
import java.util.Objects;

import dev.prismaspring.migrate.lock.MigrationLock;
import dev.prismaspring.schema.url.PostgresConnection;

/**
 * How {@link MigrateDev} runs.
 *
 * @param name the new migration's name, e.g. {@code init}
 * @param createOnly write the migration without applying it, so it can be edited first
 * @param acceptDataLoss apply a migration that drops data the database holds
 * @param shadowDatabase the shadow database, or {@code null} to create a temporary one
 * @param lockWait how long to wait for the migration lock
 */
public record DevOptions(String name, boolean createOnly, boolean acceptDataLoss, PostgresConnection shadowDatabase,
		Duration lockWait) {

	public DevOptions {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(lockWait, "lockWait");
	}

	/**
	 * @param name the new migration's name
	 * @param shadowDatabase the shadow database, or {@code null} to create a temporary one
	 * @return options that apply the migration and refuse data loss
	 */
	public static DevOptions named(String name, PostgresConnection shadowDatabase) {
		return new DevOptions(name, false, false, shadowDatabase, MigrationLock.DEFAULT_WAIT);
	}

	/**
	 * @param only write without applying
	 * @return these options with that choice
	 */
	public DevOptions withCreateOnly(boolean only) {
		return new DevOptions(this.name, only, this.acceptDataLoss, this.shadowDatabase, this.lockWait);
	}

	/**
	 * @param accept apply even when data is lost
	 * @return these options with that choice
	 */
	public DevOptions withAcceptDataLoss(boolean accept) {
		return new DevOptions(this.name, this.createOnly, accept, this.shadowDatabase, this.lockWait);
	}
}
