package dev.prismaspring.boot.autoconfigure;

import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.prismaspring.migrate.deploy.MigrationListener;

/** Logs what the migrations do and tells every {@link MigrationListener} bean. */
final class CompositeMigrationListener implements MigrationListener {

	private static final Log logger = LogFactory.getLog(PrismaMigrationInitializer.class);

	private final List<MigrationListener> listeners;

	CompositeMigrationListener(List<MigrationListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	@Override
	public void waitingForLock(String message) {
		logger.info(message);
		this.listeners.forEach((listener) -> listener.waitingForLock(message));
	}

	@Override
	public void applying(String name) {
		logger.info("Applying migration " + name);
		this.listeners.forEach((listener) -> listener.applying(name));
	}

	@Override
	public void applied(String name, Duration took) {
		if (logger.isDebugEnabled()) {
			logger.debug("Applied migration " + name + " in " + took.toMillis() + " ms");
		}
		this.listeners.forEach((listener) -> listener.applied(name, took));
	}

	@Override
	public void warning(String message) {
		logger.warn(message);
		this.listeners.forEach((listener) -> listener.warning(message));
	}
}
