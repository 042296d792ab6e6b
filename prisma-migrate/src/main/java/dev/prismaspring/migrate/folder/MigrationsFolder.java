package dev.prismaspring.migrate.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.prismaspring.schema.PrismaException;

/**
 * A migrations folder as Prisma lays it out: one directory per migration, named
 * {@code <yyyyMMddHHmmss>_<name>}, holding {@code migration.sql}; {@code migration_lock.toml}
 * beside them. Migrations apply in the order of their directory names.
 */
public final class MigrationsFolder {

	/** The script's file name inside a migration's directory. */
	public static final String SCRIPT = "migration.sql";

	private final Path location;

	private MigrationsFolder(Path location) {
		this.location = location;
	}

	/**
	 * @param location the folder
	 * @return the folder
	 * @throws PrismaException {@code PSB1005} when it does not exist or is not a directory
	 */
	public static MigrationsFolder at(Path location) {
		if (!Files.isDirectory(location)) {
			throw new PrismaException("PSB1005", "The migrations folder " + location + " does not exist. Create it"
					+ " with `migrate dev`, or pass the folder that holds the <timestamp>_<name> directories.");
		}
		return new MigrationsFolder(location);
	}

	/** @return where the folder is */
	public Path location() {
		return this.location;
	}

	/**
	 * @return the migrations in the order they apply; directories without {@code migration.sql}
	 * are refused
	 */
	public List<Migration> migrations() {
		List<Path> directories;
		try (Stream<Path> entries = Files.list(this.location)) {
			directories = entries.filter(Files::isDirectory)
				.sorted(Comparator.comparing((path) -> path.getFileName().toString()))
				.toList();
		}
		catch (IOException ex) {
			throw new PrismaException("PSB1005", "Could not list the migrations folder " + this.location + ": "
					+ ex.getMessage(), ex);
		}
		List<Migration> migrations = new ArrayList<>();
		for (Path directory : directories) {
			Path script = directory.resolve(SCRIPT);
			if (!Files.isRegularFile(script)) {
				throw new PrismaException("P3015", "Could not find the migration file at " + script
						+ ". Please delete the directory or restore the migration file.");
			}
			try {
				migrations.add(new Migration(directory.getFileName().toString(),
						Files.readString(script, StandardCharsets.UTF_8), script));
			}
			catch (IOException ex) {
				throw new PrismaException("PSB1005", "Could not read " + script + ": " + ex.getMessage(), ex);
			}
		}
		return migrations;
	}

	/**
	 * One migration.
	 *
	 * @param name the directory's name, e.g. {@code 20240101120000_init}
	 * @param script the SQL of {@code migration.sql}
	 * @param path where the script is
	 */
	public record Migration(String name, String script, Path path) {
	}
}
