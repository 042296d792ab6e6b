package dev.prismaspring.boot.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import dev.prismaspring.migrate.deploy.MigrationListener;

/**
 * Each applied migration as a Micrometer observation named {@code prisma.migration}, with the
 * migration's name as a high-cardinality key: a timer in metrics, a span in traces.
 */
final class MigrationObservations implements MigrationListener {

	static final String NAME = "prisma.migration";

	private final ObservationRegistry registry;

	private final Map<String, Observation> running = new ConcurrentHashMap<>();

	MigrationObservations(ObservationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void applying(String name) {
		Observation observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("apply migration")
			.highCardinalityKeyValue("prisma.migration.name", name)
			.start();
		this.running.put(name, observation);
	}

	@Override
	public void applied(String name, Duration took) {
		Observation observation = this.running.remove(name);
		if (observation != null) {
			observation.stop();
		}
	}
}
