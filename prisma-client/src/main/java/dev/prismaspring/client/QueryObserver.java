package dev.prismaspring.client;

import java.util.function.Supplier;

/**
 * Sees every operation a client runs (each call of a {@link ModelClient} method, and each raw
 * query), for metrics and traces: it runs the call and may time it, tag it and record its
 * failure. Set on a client with {@link PrismaClient#observedBy(QueryObserver)}.
 */
@FunctionalInterface
public interface QueryObserver {

	/**
	 * @param model the model's name in the schema, or {@code null} for a raw query
	 * @param operation the operation, as Prisma names it: {@code findMany}, {@code create},
	 * {@code queryRaw}, ...
	 * @param call the operation itself; it must be called exactly once, and what it returns or
	 * throws passed on unchanged
	 * @return what the call returned
	 */
	Object observe(String model, String operation, Supplier<Object> call);

}
