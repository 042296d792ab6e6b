package dev.prismaspring.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a schema from disk: one {@code .prisma} file, or a folder whose {@code .prisma} files
 * (in subfolders too, in path order) form one schema, as Prisma reads a schema folder.
 */
public final class SchemaFiles {

	private SchemaFiles() {
	}

	/**
	 * @param location a {@code .prisma} file or a folder of them
	 * @return the files, each named by its path relative to the folder (or by its file name)
	 * @throws SchemaLoadException when the location does not exist, holds no schema file or cannot be read
	 */
	public static List<SourceFile> load(Path location) {
		if (Files.isRegularFile(location)) {
			return List.of(read(location, location.getFileName().toString()));
		}
		if (!Files.isDirectory(location)) {
			throw new SchemaLoadException("No schema found at " + location
					+ ". Give the path of a schema.prisma file or of a folder of .prisma files.");
		}
		List<Path> paths = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(location)) {
			walk.filter((path) -> path.getFileName().toString().endsWith(".prisma") && Files.isRegularFile(path))
				.sorted()
				.forEach(paths::add);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new SchemaLoadException("Could not list the schema folder " + location + ": " + ex.getMessage()
					+ ". Check that it exists and is readable.");
		}
		if (paths.isEmpty()) {
			throw new SchemaLoadException("The folder " + location
					+ " holds no .prisma file. Put schema.prisma there or point to the file itself.");
		}
		List<SourceFile> files = new ArrayList<>(paths.size());
		for (Path path : paths) {
			files.add(read(path, location.relativize(path).toString().replace('\\', '/')));
		}
		return files;
	}

	private static SourceFile read(Path path, String name) {
		try {
			byte[] bytes = Files.readAllBytes(path);
			String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
			return new SourceFile(name, text);
		}
		catch (CharacterCodingException ex) {
			throw new SchemaLoadException("The schema file " + path + " is not valid UTF-8. Save it as UTF-8.");
		}
		catch (IOException ex) {
			throw new SchemaLoadException("Could not read the schema file " + path + ": " + ex.getMessage()
					+ ". Check that it exists and is readable.");
		}
	}

	/** Thrown when a schema cannot be read from disk; its message says what to do. */
	public static final class SchemaLoadException extends PrismaException {

		private static final long serialVersionUID = 1L;

		/** Our code for a schema that cannot be read; Prisma has none for it. */
		public static final String CODE = "PSB1001";

		SchemaLoadException(String message) {
			super(CODE, message);
		}
	}
}
