package dev.prismaspring.codegen;

import java.util.Objects;

/**
 * One generated source file.
 *
 * @param path the path relative to the output directory, with {@code /} separators, e.g.
 * {@code prisma/client/User.java}
 * @param content the file's text
 */
public record GeneratedFile(String path, String content) {

	public GeneratedFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(content, "content");
	}
}
