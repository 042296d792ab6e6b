package dev.prismaspring.boot.autoconfigure;

import java.util.function.Supplier;

import dev.prismaspring.client.QueryObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Each operation of the query engine as a Micrometer observation named {@code prisma.query}, with
 * the model and the operation as low-cardinality keys ({@code prisma.model},
 * {@code prisma.operation}): a timer per model and operation in metrics, a span in traces. Values
 * and SQL are never part of it.
 */
final class QueryObservations implements QueryObserver {

	static final String NAME = "prisma.query";

	private final ObservationRegistry registry;

	QueryObservations(ObservationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Object observe(String model, String operation, Supplier<Object> call) {
		String target = (model != null) ? model : "raw";
		return Observation.createNotStarted(NAME, this.registry)
			.contextualName("prisma " + target + "." + operation)
			.lowCardinalityKeyValue("prisma.model", target)
			.lowCardinalityKeyValue("prisma.operation", operation)
			.observe(call);
	}

}
