package dev.prismaspring.benchmarks.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.model.Datamodel;

/** The getting-started schema the benchmark's client is generated from, read from the classpath. */
final class BlogSchema {

	private static final String RESOURCE = "schema.prisma";

	private BlogSchema() {
	}

	static Datamodel datamodel() {
		try (InputStream in = BlogSchema.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing beside " + BlogSchema.class.getName());
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return PrismaSchema.validate(List.of(new SourceFile(RESOURCE, text))).datamodel();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
