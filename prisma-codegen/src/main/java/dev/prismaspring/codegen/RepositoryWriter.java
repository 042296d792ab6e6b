package dev.prismaspring.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.prismaspring.codegen.ClientSchema.ClientModel;

/**
 * Writes a model's repository ({@code UserRepository}): Prisma Client's operations on the model,
 * inherited from {@code ModelRepository} (or {@code ReadRepository} for views and models without
 * a unique criterion) with the model's own builder types.
 */
final class RepositoryWriter {

	private RepositoryWriter() {
	}

	static GeneratedFile write(SourceSet sources, ClientModel model) {
		String name = model.name("Repository");
		return sources.file(name, (file) -> {
			boolean writable = model.writable();
			String record = model.name("");
			List<String> typeArguments = new ArrayList<>();
			List<String> arguments = new ArrayList<>();
			typeArguments.add(record);
			arguments.add("client.model(\"" + model.model().name() + "\")");
			arguments.add(file.expression(record, Set.of("client")) + "::fromRow");
			typeArguments.add(model.name("Where"));
			arguments.add(model.name("Where") + "::new");
			if (writable) {
				typeArguments.add(model.name("WhereUnique"));
				arguments.add("new " + model.name("WhereUnique") + "()");
			}
			typeArguments.add(model.name("Query"));
			arguments.add(model.name("Query") + "::new");
			if (writable) {
				for (String suffix : List.of("Shape", "Create", "Update")) {
					typeArguments.add(model.name(suffix));
					arguments.add(model.name(suffix) + "::new");
				}
			}
			for (String suffix : List.of("Aggregate", "GroupBy")) {
				typeArguments.add(model.name(suffix));
				arguments.add(model.name(suffix) + "::new");
			}
			StringBuilder out = new StringBuilder();
			List<String> doc = new ArrayList<>();
			doc.add("Prisma Client's " + (writable ? "operations" : "reads") + " on {@code " + model.model().name() + "}"
					+ (model.model().view() ? " (a view)" : "") + " records: {@code findMany}, {@code findFirst}, {@code count},"
					+ " {@code aggregate}, {@code groupBy}" + (writable ? ", {@code findUnique}, {@code create},"
							+ " {@code createMany}, {@code createManyAndReturn}, {@code update}, {@code updateMany},"
							+ " {@code updateManyAndReturn}, {@code upsert}, {@code delete} and"
							+ " {@code deleteMany}" : "")
					+ ".");
			doc.add(String.join("\n", Javadoc.lines(model.model().documentation())));
			doc.add("Create one per client, or per transaction with the transaction's client. The Spring Boot starter"
					+ "\nregisters it as a bean.");
			Javadoc.write(out, "", doc, List.of());
			out.append('@').append(file.type(SourceSet.CLIENT + "PrismaRepository")).append("(model = \"")
				.append(model.model().name()).append("\")\n");
			out.append("public class ").append(name).append(" extends ")
				.append(TypeRefs.builder(file, writable ? "ModelRepository" : "ReadRepository")).append('<')
				.append(String.join(", ", typeArguments)).append("> {\n\n");
			Javadoc.write(out, "\t", List.of("Creates the repository."),
					List.of("@param client the client, or a transaction's client"));
			out.append("\tpublic ").append(name).append('(').append(file.type(SourceSet.CLIENT + "PrismaClient"))
				.append(" client) {\n\t\tsuper(");
			RecordWriter.appendList(out, arguments, "\t\t\t\t");
			out.append(");\n\t}\n}\n");
			return out.toString();
		});
	}
}
