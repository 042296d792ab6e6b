package dev.prismaspring.test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Looks up programs on {@code PATH}, so tests can skip rather than fail where a tool is missing.
 */
final class Executables {

	private Executables() {
	}

	static boolean onPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) {
				return true;
			}
		}
		return false;
	}

}
