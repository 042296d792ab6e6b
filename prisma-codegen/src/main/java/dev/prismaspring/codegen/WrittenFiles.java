package dev.prismaspring.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What writing a generated client changed on disk.
 *
 * @param written files created or changed
 * @param unchanged files that already held the generated text, left untouched (so their
 * modification times do not trigger recompilation)
 * @param deleted files of an earlier generation that this one no longer produces
 */
public record WrittenFiles(List<Path> written, List<Path> unchanged, List<Path> deleted) {

	public WrittenFiles {
		written = List.copyOf(written);
		unchanged = List.copyOf(unchanged);
		deleted = List.copyOf(deleted);
	}
}
