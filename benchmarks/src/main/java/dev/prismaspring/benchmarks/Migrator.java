package dev.prismaspring.benchmarks;

import java.nio.file.Path;

import dev.prismaspring.schema.url.PostgresConnection;

/** One migration tool as the benchmark drives it: a whole migrate run, as an application starts one. */
interface Migrator {

	/** @return the tool's name for the table, e.g. {@code Flyway 11.14.1} */
	String name();

	/**
	 * Applies the pending migrations of a folder and checks that as many were applied as expected.
	 * @param database the database to migrate
	 * @param folder the migrations, in this tool's layout
	 * @param expectedApplied how many of them should be pending
	 */
	void migrate(PostgresConnection database, Path folder, int expectedApplied);

	/**
	 * @param tool the tool
	 * @param applied how many it applied
	 * @param expected how many it should have
	 */
	static void check(String tool, int applied, int expected) {
		if (applied != expected) {
			throw new IllegalStateException(tool + " applied " + applied + " migrations, expected " + expected);
		}
	}

}
