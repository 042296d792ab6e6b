package dev.prismaspring.schema.validate;

import dev.prismaspring.schema.ast.SchemaAst;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * Validates a parsed schema in Prisma's stages. The first stage (names, types, attributes)
 * always runs, whatever the parser found; the second (the checks that need a sound schema, such
 * as unique criteria) runs only when nothing before it failed, as in Prisma, so that one mistake
 * does not drown in its consequences.
 */
public final class SchemaValidator {

	private SchemaValidator() {
	}

	/**
	 * @param ast the parsed schema, all files
	 * @param diagnostics where problems go; it may already hold syntax errors
	 */
	public static void validate(SchemaAst ast, Diagnostics diagnostics) {
		SchemaIndex index = new SchemaIndex(ast);
		NameChecks.check(index, diagnostics);
		TypeChecks.check(index, diagnostics);
		AttributeChecks.check(index, diagnostics);
		ConfigurationChecks.check(index, diagnostics);
		PreviewFeatureChecks.checkErrors(index, diagnostics);
		if (diagnostics.hasErrors()) {
			return;
		}
		// Prisma lists the errors of this stage before its warnings.
		Diagnostics stage = new Diagnostics();
		validateSoundSchema(index, stage);
		stage.errors().forEach(diagnostics::add);
		stage.warnings().forEach(diagnostics::add);
	}

	private static void validateSoundSchema(SchemaIndex index, Diagnostics diagnostics) {
		Diagnostics ambiguity = new Diagnostics();
		RelationField ambiguous = RelationAmbiguity.check(index, ambiguity);
		if (ambiguous != null) {
			// Prisma stops at the first ambiguous relation field, having checked the models before it.
			SchemaIndex checked = index.upTo(ambiguous.model());
			ModelChecks.check(checked, diagnostics);
			NativeTypeChecks.check(checked, diagnostics);
			ambiguity.all().forEach(diagnostics::add);
			return;
		}
		ExtensionsChecks.check(index, diagnostics);
		ViewChecks.check(index, diagnostics);
		DatabaseNameChecks.check(index, diagnostics);
		ModelChecks.check(index, diagnostics);
		SchemaAttributeChecks.check(index, diagnostics);
		NativeTypeChecks.check(index, diagnostics);
		DefaultLiteralChecks.check(index, diagnostics);
		IndexConnectorChecks.check(index, diagnostics);
		ConstraintNameChecks.check(index, diagnostics);
		RelationChecks.check(index, diagnostics);
		RelationChecks.checkSetNull(index, diagnostics);
		RelationModeChecks.check(index, diagnostics);
		if (!diagnostics.hasErrors()) {
			PreviewFeatureChecks.checkWarnings(index, diagnostics);
		}
	}
}
