package dev.prismaspring.boot.autoconfigure;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/** Native images keep the schema and the migrations, which are read as resources at start-up. */
class PrismaRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		hints.resources().registerPattern("prisma/schema.prisma");
		hints.resources().registerPattern("prisma/migrations/migration_lock.toml");
		hints.resources().registerPattern("prisma/migrations/*/migration.sql");
	}
}
