package dev.prismaspring.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;

/**
 * A database's structure as sorted lines (enums, columns, constraints, indexes, sequences,
 * views), from {@code ../shared/prisma-oracle/catalog.sql} run through {@code psql}. Two
 * databases built from the same schema, one by us and one by Prisma, must give equal lists.
 *
 * <p>Skips the calling test when {@code ../shared} or {@code psql} is absent.
 */
public final class Catalog {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private Catalog() {
	}

	/**
	 * Describe the {@code public} schema of a database.
	 * @param database the database
	 * @return one line per object, sorted
	 */
	public static List<String> of(TestDatabase database) {
		return of(database, "public");
	}

	/**
	 * Describe one schema of a database.
	 * @param database the database
	 * @param schema the PostgreSQL schema (namespace) to describe
	 * @return one line per object, sorted
	 */
	public static List<String> of(TestDatabase database, String schema) {
		Path catalogSql = SharedFolder.require("prisma-oracle/catalog.sql");
		Assumptions.assumeTrue(Executables.onPath("psql"), "psql not on PATH: catalog comparisons need it");
		ServerSettings settings = ServerSettings.parse(database.postgresUrl());
		// The password goes through the environment, not the command line other users can read.
		Map<String, String> environment = (settings.password() != null) ? Map.of("PGPASSWORD", settings.password())
				: Map.of();
		List<String> command = List.of("psql", "-XAtq", "-v", "ON_ERROR_STOP=1", "-v", "schema=" + schema, "-d",
				settings.withoutPassword().postgresUrl(), "-f", catalogSql.toString());
		CommandResult result = ProcessRunner.run(command, environment, TIMEOUT);
		if (!result.succeeded()) {
			throw new IllegalStateException("'" + ProcessRunner.describe(command) + "' failed: " + result);
		}
		return result.stdout().lines().filter((line) -> !line.isEmpty()).sorted().collect(Collectors.toList());
	}

}
