package dev.prismaspring.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prisma's own schema engine writing to a database: {@code apply} (what {@code prisma migrate
 * deploy} does), {@code mark-applied} and {@code mark-rolled-back} (what {@code prisma migrate
 * resolve} does), to compare Prisma's writes with ours. It runs the WebAssembly engine that the
 * oracle installs, so tests that use it are skipped where the oracle cannot run.
 */
public final class PrismaEngine {

	private static final String SCRIPT = "prisma-engine.mjs";

	private PrismaEngine() {
	}

	/**
	 * @param database the database Prisma writes to
	 * @param command {@code apply}, {@code mark-applied} or {@code mark-rolled-back}
	 * @param args the arguments after the URL, e.g. the migrations folder
	 * @return the exit code and output
	 */
	public static CommandResult run(TestDatabase database, String command, String... args) {
		PrismaOracle.assumeAvailable();
		Path home = installedHome();
		Path script = home.resolve(SCRIPT);
		try (InputStream source = PrismaEngine.class.getResourceAsStream(SCRIPT)) {
			Files.copy(source, script, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> line = new ArrayList<>(List.of("node", "--no-warnings", "--experimental-wasm-modules",
				script.toString(), command, database.postgresUrl()));
		line.addAll(List.of(args));
		return ProcessRunner.run(line, Map.of(), PrismaOracle.DEFAULT_TIMEOUT);
	}

	private static Path installedHome() {
		Path home = home();
		if (!Files.isDirectory(home.resolve("node_modules/@prisma/schema-engine-wasm"))) {
			// The oracle installs its npm packages on first use.
			PrismaOracle.run("validate", "/dev/null");
		}
		return home;
	}

	private static Path home() {
		String configured = System.getenv("PRISMA_ORACLE_HOME");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		String cache = System.getenv("XDG_CACHE_HOME");
		Path base = (cache != null && !cache.isBlank()) ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
		return base.resolve("prisma-oracle");
	}
}
