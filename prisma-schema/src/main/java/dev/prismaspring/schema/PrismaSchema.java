package dev.prismaspring.schema;

import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.schema.ast.SchemaAst;
import dev.prismaspring.schema.ast.SchemaFile;
import dev.prismaspring.schema.diagnostics.Diagnostics;
import dev.prismaspring.schema.parse.SchemaParser;
import dev.prismaspring.schema.validate.SchemaValidator;

/**
 * Entry point of the schema language: reads one or more {@code .prisma} files as one schema.
 * Nothing here throws for bad input; problems come back as diagnostics.
 */
public final class PrismaSchema {

	private PrismaSchema() {
	}

	/**
	 * Parses the files without validating them, as the formatter needs.
	 * @param files the files of one schema
	 * @param diagnostics where syntax errors go
	 * @return the syntax tree
	 */
	public static SchemaAst parse(List<SourceFile> files, Diagnostics diagnostics) {
		List<SchemaFile> parsed = new ArrayList<>(files.size());
		for (SourceFile file : files) {
			parsed.add(SchemaParser.parse(file, diagnostics));
		}
		return new SchemaAst(parsed);
	}

	/**
	 * Parses and validates a schema.
	 * @param files the files of one schema; a schema split over several files is read as one
	 * @return the syntax tree and all diagnostics
	 */
	public static ValidatedSchema validate(List<SourceFile> files) {
		Diagnostics diagnostics = new Diagnostics();
		SchemaAst ast = parse(files, diagnostics);
		SchemaValidator.validate(ast, diagnostics);
		return new ValidatedSchema(ast, diagnostics.all());
	}
}
