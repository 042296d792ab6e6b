package dev.prismaspring.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Numbered migrations that each create one small table with a primary key and an index, written
 * from the same text in both layouts: Prisma's ({@code 00000000000001_m1/migration.sql}, applied in
 * name order) and Flyway's ({@code V1__m1.sql}, applied in version order). One folder per size,
 * each holding the first {@code size} migrations, so a deploy can be given a growing folder.
 */
final class GeneratedMigrations {

	private final Path root;

	private GeneratedMigrations(Path root) {
		this.root = root;
	}

	/**
	 * Writes the folders.
	 * @param root an empty directory to write into
	 * @param sizes how many migrations each folder holds, e.g. 500, 1000, 1500, 2000
	 * @return the written migrations
	 */
	static GeneratedMigrations write(Path root, int... sizes) {
		GeneratedMigrations migrations = new GeneratedMigrations(root);
		try {
			for (int size : sizes) {
				Path prisma = Files.createDirectories(migrations.prismaFolder(size));
				Path flyway = Files.createDirectories(migrations.flywayFolder(size));
				for (int number = 1; number <= size; number++) {
					String sql = sql(number);
					Path directory = Files.createDirectories(prisma.resolve(prismaName(number)));
					Files.writeString(directory.resolve("migration.sql"), sql, StandardCharsets.UTF_8);
					Files.writeString(flyway.resolve("V" + number + "__m" + number + ".sql"), sql, StandardCharsets.UTF_8);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the generated migrations into " + root, ex);
		}
		return migrations;
	}

	/**
	 * The script of one migration, formatted as Prisma's {@code migrate dev} writes it.
	 * @param number the migration's number, from 1
	 * @return its SQL
	 */
	static String sql(int number) {
		String table = String.format(Locale.ROOT, "t%04d", number);
		return "-- CreateTable\n"
				+ "CREATE TABLE \"" + table + "\" (\n"
				+ "    \"id\" SERIAL NOT NULL,\n"
				+ "    \"name\" TEXT,\n"
				+ "\n"
				+ "    CONSTRAINT \"" + table + "_pkey\" PRIMARY KEY (\"id\")\n"
				+ ");\n"
				+ "\n"
				+ "-- CreateIndex\n"
				+ "CREATE INDEX \"" + table + "_name_idx\" ON \"" + table + "\"(\"name\");\n";
	}

	private static String prismaName(int number) {
		return String.format(Locale.ROOT, "%014d_m%d", number, number);
	}

	/**
	 * @param size how many migrations
	 * @return the Prisma-layout folder of the first {@code size} migrations
	 */
	Path prismaFolder(int size) {
		return this.root.resolve("prisma-" + size);
	}

	/**
	 * @param size how many migrations
	 * @return the Flyway-layout folder of the first {@code size} migrations
	 */
	Path flywayFolder(int size) {
		return this.root.resolve("flyway-" + size);
	}

}
