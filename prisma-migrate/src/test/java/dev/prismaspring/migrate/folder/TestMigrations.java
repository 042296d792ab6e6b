package dev.prismaspring.migrate.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes migration directories for tests. */
public final class TestMigrations {

	private final Path folder;

	public TestMigrations(Path folder) {
		this.folder = folder;
	}

	public static TestMigrations in(Path folder) {
		return new TestMigrations(folder);
	}

	public TestMigrations add(String name, String script) {
		return write(name, MigrationsFolder.SCRIPT, script);
	}

	public TestMigrations down(String name, String script) {
		return write(name, MigrationsFolder.DOWN_SCRIPT, script);
	}

	public TestMigrations write(String name, String file, String text) {
		try {
			Files.createDirectories(this.folder.resolve(name));
			Files.writeString(this.folder.resolve(name).resolve(file), text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	public MigrationsFolder folder() {
		return MigrationsFolder.at(this.folder);
	}

	public Path path() {
		return this.folder;
	}
}
