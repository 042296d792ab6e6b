package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Property;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * Generators' {@code previewFeatures}: the features Prisma 7 knows for PostgreSQL, the names of
 * features that have since become generally available (accepted without a word, as Prisma does),
 * and {@code metrics}, which Prisma 7 removed but Prisma 6 schemas still name: a warning here.
 */
final class PreviewFeatureChecks {

	static final List<String> ACTIVE = List.of("fullTextSearchPostgres", "nativeDistinct", "partialIndexes",
			"postgresqlExtensions", "relationJoins", "schemaEngineDriverAdapters", "shardKeys", "strictUndefinedChecks",
			"typedSql", "views");

	private static final Set<String> GENERALLY_AVAILABLE = Set.of("aggregateapi", "atomicnumberoperations",
			"clientextensions", "cockroachdb", "connectorcreate", "createmany", "dataproxy", "deno", "distinct",
			"driveradapters", "extendedindexes", "extendedwhereunique", "fieldreference", "filteredrelationcount",
			"filterjson", "fulltextindex", "fulltextsearch", "groupby", "improvedqueryraw", "interactivetransactions",
			"jsonprotocol", "microsoftsqlserver", "middlewares", "mongodb", "multischema", "namedconstraints", "napi",
			"nativetypes", "omitapi", "orderbyaggregategroup", "orderbynulls", "orderbyrelation", "prismaschemafolder",
			"queryCompiler".toLowerCase(Locale.ROOT), "referentialactions", "referentialintegrity", "selectrelationcount",
			"tracing", "transactionapi", "uncheckedscalarinputs");

	private static final String DEPRECATED = "metrics";

	private PreviewFeatureChecks() {
	}

	static void checkErrors(SchemaIndex index, Diagnostics diagnostics) {
		for (StringLiteral feature : features(index)) {
			String name = feature.value().toLowerCase(Locale.ROOT);
			boolean known = ACTIVE.stream().anyMatch((active) -> active.equalsIgnoreCase(name))
					|| GENERALLY_AVAILABLE.contains(name) || name.equals(DEPRECATED);
			if (!known) {
				diagnostics.error("The preview feature \"" + feature.value() + "\" is not known. Expected one of: "
						+ String.join(", ", ACTIVE), feature.span());
			}
		}
	}

	static void checkWarnings(SchemaIndex index, Diagnostics diagnostics) {
		for (StringLiteral feature : features(index)) {
			if (feature.value().equalsIgnoreCase(DEPRECATED)) {
				diagnostics.warning("Preview feature \"" + feature.value()
						+ "\" is deprecated. It will be removed in a future version of Prisma.", feature.span());
			}
		}
	}

	/** @return whether a generator enables the preview feature (names compare without regard to case) */
	static boolean isEnabled(SchemaIndex index, String feature) {
		return features(index).stream().anyMatch((literal) -> literal.value().equalsIgnoreCase(feature));
	}

	// Prisma points at the whole value of previewFeatures, so each feature carries that span.
	private static List<StringLiteral> features(SchemaIndex index) {
		List<StringLiteral> features = new ArrayList<>();
		for (Block generator : index.blocks(BlockKind.GENERATOR)) {
			Property property = generator.property("previewFeatures");
			Expression value = (property != null) ? property.value() : null;
			List<Expression> elements = (value instanceof ArrayExpression array) ? array.elements()
					: (value != null) ? List.of(value) : List.of();
			for (Expression element : elements) {
				if (element instanceof StringLiteral literal) {
					features.add(new StringLiteral(literal.value(), literal.raw(), value.span()));
				}
			}
		}
		return features;
	}
}
