package dev.prismaspring.schema.model;

import java.util.List;
import java.util.Map;

/**
 * A generator block. Blocks of other tools are kept as they are and ignored.
 *
 * @param name the block's name
 * @param provider the provider, e.g. {@code prisma-client-java}
 * @param output the output setting, or {@code null}
 * @param previewFeatures the preview features, in order
 * @param settings every other string setting, by key
 */
public record Generator(String name, ConfigValue provider, ConfigValue output, List<String> previewFeatures,
		Map<String, String> settings) {

	public Generator {
		previewFeatures = List.copyOf(previewFeatures);
		settings = Map.copyOf(settings);
	}
}
