package dev.prismaspring.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import dev.prismaspring.schema.model.Datamodel;

/**
 * The application's Prisma schema, read and validated once at start-up.
 *
 * @param location where it was read from
 * @param datamodel the resolved data model, or {@code null} when there is no schema at the location
 */
public record PrismaSchemaDefinition(String location, Datamodel datamodel) {

	/**
	 * @param resources where to read from
	 * @param location the schema's resource location
	 * @return the schema; without a file at the location, a definition without data model
	 * @throws PrismaException {@code P1012} with Prisma's diagnostics when the schema is invalid
	 */
	public static PrismaSchemaDefinition load(ResourceLoader resources, String location) {
		Resource resource = resources.getResource(location);
		if (!resource.exists()) {
			return new PrismaSchemaDefinition(location, null);
		}
		String text;
		try (InputStream in = resource.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new PrismaException("PSB1005", "Could not read the Prisma schema at " + location + ": "
					+ ex.getMessage(), ex);
		}
		ValidatedSchema schema = PrismaSchema.validate(List.of(new SourceFile("schema.prisma", text)));
		if (schema.hasErrors()) {
			throw new PrismaException(Diagnostic.SCHEMA_VALIDATION, "The Prisma schema at " + location
					+ " is invalid; fix these errors and start the application again:\n"
					+ DiagnosticPrinter.print(schema.errors()));
		}
		return new PrismaSchemaDefinition(location, schema.datamodel());
	}

	/** @return whether a schema was found */
	public boolean exists() {
		return this.datamodel != null;
	}
}
