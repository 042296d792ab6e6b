package dev.prismaspring.codegen;

import dev.prismaspring.codegen.ClientSchema.ClientScalar;

/** The Java types of fields, spelled through a file's imports. */
final class TypeRefs {

	private TypeRefs() {
	}

	/** @return a scalar's element type (the enum for enum fields) */
	static String element(JavaFile file, ClientScalar scalar) {
		return (scalar.kind() == ScalarKind.ENUM) ? scalar.enumName() : file.type(scalar.kind().javaType());
	}

	/** @return a scalar's type: the element, or a list of it */
	static String field(JavaFile file, ClientScalar scalar) {
		String element = element(file, scalar);
		return scalar.list() ? file.type("java.util.List") + "<" + element + ">" : element;
	}

	/** @return a consumer of the given type */
	static String consumer(JavaFile file, String type) {
		return file.type("java.util.function.Consumer") + "<" + type + ">";
	}

	/** @return a builder-package type */
	static String builder(JavaFile file, String simpleName) {
		return file.type(SourceSet.BUILDER + simpleName);
	}
}
