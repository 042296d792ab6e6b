package dev.prismaspring.schema.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.Property;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/** The datasource and generator blocks: their keys, the provider, the relation mode. */
final class ConfigurationChecks {

	private static final Set<String> DATASOURCE_KEYS = Set.of("provider", "url", "directUrl", "shadowDatabaseUrl",
			"relationMode", "extensions", "schemas");

	private static final Set<String> POSTGRES = Set.of("postgresql", "postgres");

	private static final Set<String> OTHER_PROVIDERS = Set.of("mysql", "sqlite", "sqlserver", "cockroachdb", "mongodb");

	private ConfigurationChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		List<Block> datasources = index.blocks(BlockKind.DATASOURCE);
		for (Block datasource : datasources) {
			checkDatasource(datasource, diagnostics);
		}
		if (datasources.size() > 1) {
			for (Block datasource : datasources) {
				diagnostics.error("Error validating datasource `" + datasource.name().name()
						+ "`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
						datasource.span());
			}
		}
		for (Block generator : index.blocks(BlockKind.GENERATOR)) {
			checkKeys(generator, "generator \"" + generator.name().name() + "\"", diagnostics);
			Property output = generator.property("output");
			if (output != null && output.value() != null) {
				checkStringOrEnv(output.value(), diagnostics);
			}
			Property binaryTargets = generator.property("binaryTargets");
			if (binaryTargets != null && binaryTargets.value() != null) {
				elements(binaryTargets.value()).forEach((target) -> checkStringOrEnv(target, diagnostics));
			}
			Property previewFeatures = generator.property("previewFeatures");
			if (previewFeatures != null && previewFeatures.value() != null) {
				elements(previewFeatures.value()).stream()
					.filter((feature) -> !(feature instanceof StringLiteral))
					.forEach((feature) -> ArgumentValues.typeMismatch("string", feature, diagnostics));
			}
			if (generator.property("provider") == null) {
				diagnostics.error("Argument \"provider\" is missing in generator block \"" + generator.name().name() + "\".",
						generator.span());
			}
		}
	}

	private static void checkDatasource(Block datasource, Diagnostics diagnostics) {
		String name = datasource.name().name();
		checkKeys(datasource, "source \"" + name + "\"", diagnostics);
		for (Property property : datasource.properties()) {
			if (!DATASOURCE_KEYS.contains(property.key().name())) {
				diagnostics.error("Property not known: \"" + property.key().name() + "\".", property.span());
			}
			else if (property.value() == null) {
				diagnostics.error("Property " + property.key().name() + " in datasource " + name
						+ " needs to be assigned a value", datasource.span());
			}
		}
		Property provider = datasource.property("provider");
		if (provider == null) {
			diagnostics.error("Argument \"provider\" is missing in data source block \"" + name + "\".", datasource.span());
		}
		else if (provider.value() instanceof FunctionCall call && call.name().equals("env")) {
			diagnostics.error("A datasource must not use the env() function in the provider argument.", datasource.span());
		}
		else if (provider.value() != null && !(provider.value() instanceof StringLiteral)) {
			diagnostics.error("Error validating datasource `" + name + "`: The provider argument in a datasource must be a string literal",
					provider.value().span());
		}
		else if (provider.value() instanceof StringLiteral value && !POSTGRES.contains(value.value())) {
			diagnostics.error(OTHER_PROVIDERS.contains(value.value())
					? "Datasource provider \"" + value.value() + "\" is not supported: prisma-spring-boot works with PostgreSQL. Use provider = \"postgresql\"."
					: "Datasource provider not known: \"" + value.value() + "\".", value.span());
		}
		for (String key : List.of("url", "directUrl", "shadowDatabaseUrl")) {
			Property property = datasource.property(key);
			if (property != null && property.value() != null) {
				checkStringOrEnv(property.value(), diagnostics);
			}
		}
		Property extensions = datasource.property("extensions");
		if (extensions != null && extensions.value() != null) {
			for (Expression extension : elements(extensions.value())) {
				if (!(extension instanceof ConstantValue || extension instanceof FunctionCall)) {
					ArgumentValues.typeMismatch("constant or function", extension, diagnostics);
				}
			}
		}
		checkSchemas(datasource.property("schemas"), diagnostics);
		Property relationMode = datasource.property("relationMode");
		if (relationMode != null && relationMode.value() instanceof StringLiteral mode
				&& !mode.value().equals("prisma") && !mode.value().equals("foreignKeys")) {
			diagnostics.error("Error validating datasource `relationMode`: Invalid relation mode setting: \"" + mode.value()
					+ "\". Supported values: \"prisma\", \"foreignKeys\"", datasource.span());
		}
	}

	// A string, or env("NAME") to read one from the environment.
	private static void checkStringOrEnv(Expression value, Diagnostics diagnostics) {
		if (value instanceof StringLiteral) {
			return;
		}
		if (value instanceof FunctionCall call && call.name().equals("env")) {
			if (call.argumentList().size() != 1) {
				diagnostics.error("Exactly one string parameter must be passed to the env function.", call.span());
			}
			else if (!(call.argumentList().get(0).value() instanceof StringLiteral)) {
				ArgumentValues.typeMismatch("string", call.argumentList().get(0).value(), diagnostics);
			}
			return;
		}
		ArgumentValues.typeMismatch("String", value, diagnostics);
	}

	// A list, or a single value standing for a list of one.
	private static List<Expression> elements(Expression value) {
		return (value instanceof ArrayExpression array) ? array.elements() : List.of(value);
	}

	// A schemas list, when there is one, names each schema once.
	private static void checkSchemas(Property schemas, Diagnostics diagnostics) {
		if (schemas == null || !(schemas.value() instanceof ArrayExpression list)) {
			return;
		}
		if (list.elements().isEmpty()) {
			diagnostics.error("If provided, the schemas array can not be empty.", list.span());
			return;
		}
		List<Expression> elements = list.elements();
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i) instanceof StringLiteral name && elements.subList(i + 1, elements.size())
				.stream()
				.anyMatch((other) -> other instanceof StringLiteral later && later.value().equals(name.value()))) {
				diagnostics.error("Duplicated schema names are not allowed", name.span());
			}
		}
	}

	private static void checkKeys(Block block, String where, Diagnostics diagnostics) {
		Set<String> keys = new HashSet<>();
		for (Property property : block.properties()) {
			if (!keys.add(property.key().name())) {
				diagnostics.error("Key \"" + property.key().name() + "\" is already defined in " + where + ".", property.span());
			}
		}
	}
}
