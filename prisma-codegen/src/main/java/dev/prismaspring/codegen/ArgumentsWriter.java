package dev.prismaspring.codegen;

import java.util.List;

import dev.prismaspring.codegen.ClientSchema.ClientModel;

/**
 * Writes the argument builders of a model that only tie its other builders together: its shape
 * ({@code UserShape}), query ({@code UserQuery}), {@code aggregate} and {@code groupBy} arguments.
 */
final class ArgumentsWriter {

	private ArgumentsWriter() {
	}

	static GeneratedFile shape(SourceSet sources, ClientModel model) {
		String name = model.name("Shape");
		return write(sources, name, "ShapeBuilder", List.of(name, model.name("Select"), model.name("Include"),
				model.name("Fields")),
				model.name("Select") + "::new, " + model.name("Include") + "::new, " + model.name("Fields") + "::new",
				"Which fields of a {@code " + model.model().name() + "} to return: {@code select}, {@code include} or"
						+ " {@code omit}.");
	}

	static GeneratedFile query(SourceSet sources, ClientModel model) {
		String name = model.name("Query");
		String keys = model.hasUnique() ? model.name("WhereUnique") : "java.lang.Void";
		return sources.file(name, (file) -> {
			String keyType = model.hasUnique() ? keys : file.type(keys);
			String keyValue = model.hasUnique() ? "new " + keys + "()" : "null";
			return declaration(file, name, "QueryBuilder",
					List.of(name, model.name("Where"), model.name("OrderBy"), keyType, model.name("Select"),
							model.name("Include"), model.name("Fields")),
					model.name("Where") + "::new, " + model.name("OrderBy") + "::new, " + keyValue + ", "
							+ model.name("Select") + "::new, " + model.name("Include") + "::new, " + model.name("Fields")
							+ "::new",
					"The arguments of a read of {@code " + model.model().name() + "} records: {@code where},"
							+ " {@code orderBy}, {@code cursor}, {@code skip}, {@code take}, {@code distinct} and the"
							+ " shape.");
		});
	}

	static GeneratedFile aggregate(SourceSet sources, ClientModel model) {
		String name = model.name("Aggregate");
		return write(sources, name, "AggregateBuilder", List.of(name, model.name("Where"), model.name("OrderBy"),
				model.name("Fields")),
				model.name("Where") + "::new, " + model.name("OrderBy") + "::new, " + model.name("Fields") + "::new",
				"The arguments of {@code aggregate} on {@code " + model.model().name() + "} records.");
	}

	static GeneratedFile groupBy(SourceSet sources, ClientModel model) {
		String name = model.name("GroupBy");
		return write(sources, name, "GroupByBuilder", List.of(name, model.name("Where"), model.name("OrderBy"),
				model.name("Fields")),
				model.name("Where") + "::new, " + model.name("OrderBy") + "::new, " + model.name("Fields") + "::new",
				"The arguments of {@code groupBy} on {@code " + model.model().name() + "} records.");
	}

	private static GeneratedFile write(SourceSet sources, String name, String base, List<String> typeArguments,
			String arguments, String doc) {
		return sources.file(name, (file) -> declaration(file, name, base, typeArguments, arguments, doc));
	}

	private static String declaration(JavaFile file, String name, String base, List<String> typeArguments,
			String arguments, String doc) {
		StringBuilder out = new StringBuilder();
		Javadoc.write(out, "", List.of(doc), List.of());
		out.append("public final class ").append(name).append(" extends ").append(TypeRefs.builder(file, base)).append('<')
			.append(String.join(", ", typeArguments)).append("> {\n\n");
		Javadoc.write(out, "\t", List.of("Creates empty arguments."), List.of());
		out.append("\tpublic ").append(name).append("() {\n\t\tsuper(").append(arguments).append(");\n\t}\n}\n");
		return out.toString();
	}
}
