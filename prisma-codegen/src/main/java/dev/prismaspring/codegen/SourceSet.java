package dev.prismaspring.codegen;

import java.util.Set;
import java.util.function.Function;

/** The generated package: where files go and which simple names its types own. */
final class SourceSet {

	static final String CLIENT = "dev.prismaspring.client.";

	static final String BUILDER = "dev.prismaspring.client.builder.";

	private final ClientSchema schema;

	private final Set<String> localTypes;

	SourceSet(ClientSchema schema) {
		this.schema = schema;
		this.localTypes = schema.typeNames();
	}

	ClientSchema schema() {
		return this.schema;
	}

	/**
	 * @param typeName the generated type's simple name
	 * @param body writes the declaration, naming other types through the file
	 * @return the file
	 */
	GeneratedFile file(String typeName, Function<JavaFile, String> body) {
		JavaFile file = new JavaFile(this.schema.packageName(), this.localTypes);
		String declaration = body.apply(file);
		return new GeneratedFile(this.schema.packageName().replace('.', '/') + "/" + typeName + ".java",
				file.render(declaration));
	}
}
