package dev.prismaspring.schema.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.Property;

/** Reads datasource and generator blocks. */
final class ConfigurationReader {

	private ConfigurationReader() {
	}

	static Datasource datasource(Block block) {
		String provider = Expressions.text(value(block, "provider"));
		RelationMode relationMode = "prisma".equals(Expressions.text(value(block, "relationMode")))
				? RelationMode.PRISMA : RelationMode.FOREIGN_KEYS;
		return new Datasource(block.name().name(), provider, Expressions.config(value(block, "url")),
				Expressions.config(value(block, "directUrl")), Expressions.config(value(block, "shadowDatabaseUrl")),
				relationMode, Expressions.texts(value(block, "schemas")), extensions(value(block, "extensions")));
	}

	private static List<Datasource.Extension> extensions(Expression value) {
		List<Datasource.Extension> extensions = new ArrayList<>();
		for (Expression element : Expressions.elements(value)) {
			if (element instanceof FunctionCall call) {
				String map = Expressions.text(Expressions.argument(call.argumentList(), "map", -1));
				extensions.add(new Datasource.Extension(call.name(), (map != null) ? map : call.name(),
						Expressions.text(Expressions.argument(call.argumentList(), "schema", -1)),
						Expressions.text(Expressions.argument(call.argumentList(), "version", -1))));
			}
			else {
				String name = Expressions.text(element);
				extensions.add(new Datasource.Extension(name, name, null, null));
			}
		}
		return extensions;
	}

	static Generator generator(Block block) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (Property property : block.properties()) {
			String key = property.key().name();
			if (!key.equals("provider") && !key.equals("output") && !key.equals("previewFeatures")) {
				String text = Expressions.text(property.value());
				if (text != null) {
					settings.put(key, text);
				}
			}
		}
		return new Generator(block.name().name(), Expressions.config(value(block, "provider")),
				Expressions.config(value(block, "output")), Expressions.texts(value(block, "previewFeatures")),
				settings);
	}

	private static Expression value(Block block, String key) {
		Property property = block.property(key);
		return (property != null) ? property.value() : null;
	}
}
