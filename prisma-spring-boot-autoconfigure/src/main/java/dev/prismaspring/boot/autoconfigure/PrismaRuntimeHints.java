package dev.prismaspring.boot.autoconfigure;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.util.ClassUtils;

/**
 * Native images keep the schema and the migrations, which are read as resources at start-up,
 * and the proxy through which observed clients run their operations.
 */
class PrismaRuntimeHints implements RuntimeHintsRegistrar {

	private static final String MODEL_CLIENT = "dev.prismaspring.client.ModelClient";

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		hints.resources().registerPattern("prisma/schema.prisma");
		hints.resources().registerPattern("prisma/migrations/migration_lock.toml");
		hints.resources().registerPattern("prisma/migrations/*/migration.sql");
		hints.resources().registerPattern("prisma/migrations/*/down.sql");
		// By name: the query engine is optional beside the migrations.
		if (ClassUtils.isPresent(MODEL_CLIENT, classLoader)) {
			hints.proxies().registerJdkProxy(TypeReference.of(MODEL_CLIENT));
		}
	}
}
