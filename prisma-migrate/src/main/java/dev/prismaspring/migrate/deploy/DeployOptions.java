package dev.prismaspring.migrate.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.prismaspring.migrate.lock.MigrationLock;

/**
 * How {@link MigrationDeployer} behaves; {@link #defaults()} gives Prisma's behaviour with an
 * edited applied migration refused.
 *
 * @param lockWait how long to wait for another migrator to release the lock
 * @param checksums what to do about applied migrations whose script was edited
 * @param baselineTo for a database that has tables but no history: the last migration that its
 * tables already reflect, recorded as applied without running; {@code null} to refuse such a database
 * @param allowMissingFromFolder whether migrations recorded in the database but absent from the
 * folder (a newer release applied them, or a directory was deleted) are only warned about
 * @param namespaces the schemas the migrations manage, checked to be empty before the first deploy
 * @param listener told what happens
 */
public record DeployOptions(Duration lockWait, ChecksumPolicy checksums, String baselineTo,
		boolean allowMissingFromFolder, List<String> namespaces, MigrationListener listener) {

	public DeployOptions {
		Objects.requireNonNull(lockWait, "lockWait");
		Objects.requireNonNull(checksums, "checksums");
		namespaces = List.copyOf(namespaces);
		Objects.requireNonNull(listener, "listener");
	}

	/** @return Prisma's lock wait, edited migrations refused, no baseline, the URL's schema only */
	public static DeployOptions defaults() {
		return new DeployOptions(MigrationLock.DEFAULT_WAIT, ChecksumPolicy.FAIL, null, false, List.of(),
				MigrationListener.NONE);
	}

	/**
	 * @param wait the lock wait
	 * @return these options with that wait
	 */
	public DeployOptions withLockWait(Duration wait) {
		return new DeployOptions(wait, this.checksums, this.baselineTo, this.allowMissingFromFolder, this.namespaces,
				this.listener);
	}

	/**
	 * @param policy the checksum policy
	 * @return these options with that policy
	 */
	public DeployOptions withChecksums(ChecksumPolicy policy) {
		return new DeployOptions(this.lockWait, policy, this.baselineTo, this.allowMissingFromFolder, this.namespaces,
				this.listener);
	}

	/**
	 * @param migrationName the last migration an existing database already reflects
	 * @return these options with that baseline
	 */
	public DeployOptions withBaselineTo(String migrationName) {
		return new DeployOptions(this.lockWait, this.checksums, migrationName, this.allowMissingFromFolder,
				this.namespaces, this.listener);
	}

	/**
	 * @param allow whether migrations absent from the folder are only warned about
	 * @return these options with that choice
	 */
	public DeployOptions withAllowMissingFromFolder(boolean allow) {
		return new DeployOptions(this.lockWait, this.checksums, this.baselineTo, allow, this.namespaces, this.listener);
	}

	/**
	 * @param schemas the schemas the migrations manage
	 * @return these options with those schemas
	 */
	public DeployOptions withNamespaces(List<String> schemas) {
		return new DeployOptions(this.lockWait, this.checksums, this.baselineTo, this.allowMissingFromFolder, schemas,
				this.listener);
	}

	/**
	 * @param migrationListener told what happens
	 * @return these options with that listener
	 */
	public DeployOptions withListener(MigrationListener migrationListener) {
		return new DeployOptions(this.lockWait, this.checksums, this.baselineTo, this.allowMissingFromFolder,
				this.namespaces, migrationListener);
	}
}
