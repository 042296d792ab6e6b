package dev.prismaspring.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.format.SchemaFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prisma format}: rewrites schema files as {@code prisma format} does, or checks them. */
@Command(name = "format", mixinStandardHelpOptions = true, description = "Format the Prisma schema file(s).")
final class FormatCommand implements Callable<Integer> {

	@Mixin
	SchemaOption schemaOption;

	@Option(names = "--check", description = "Change nothing; exit 1 and name the files that are not formatted.")
	boolean check;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Path location = this.schemaOption.resolve();
		Path folder = Files.isDirectory(location) ? location : location.toAbsolutePath().getParent();
		List<Path> unformatted = new ArrayList<>();
		for (SourceFile file : SchemaFiles.load(location)) {
			String formatted = SchemaFormatter.format(file.text(), file.name());
			if (formatted.equals(file.text())) {
				continue;
			}
			Path path = Files.isDirectory(location) ? folder.resolve(file.name()) : location;
			unformatted.add(path);
			if (!this.check) {
				write(path, formatted);
			}
		}
		if (this.check) {
			unformatted.forEach((path) -> this.spec.commandLine().getErr().println("Not formatted: " + path));
			if (!unformatted.isEmpty()) {
				this.spec.commandLine()
					.getErr()
					.println(unformatted.size() + " file(s) would change. Run `prisma format` to format them.");
				return 1;
			}
			this.spec.commandLine().getOut().println("The schema at " + location + " is formatted.");
			return 0;
		}
		this.spec.commandLine()
			.getOut()
			.println("Formatted " + location + ((unformatted.isEmpty()) ? " (no change)." : "."));
		return 0;
	}

	private static void write(Path path, String text) {
		try {
			Files.writeString(path, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new PrismaException("PSB1002", "Could not write the formatted schema to " + path + ": "
					+ ex.getMessage() + ". Check that the file is writable.", ex);
		}
	}
}
