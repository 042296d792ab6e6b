package dev.prismaspring.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.prismaspring.codegen.ClientSchema.ClientModel;
import dev.prismaspring.codegen.ClientSchema.ClientRelation;
import dev.prismaspring.codegen.ClientSchema.ClientScalar;
import dev.prismaspring.codegen.ClientSchema.ClientUnique;

/** Writes a model's filter ({@code UserWhere}) and its unique selector ({@code UserWhereUnique}). */
final class FilterWriter {

	private FilterWriter() {
	}

	static GeneratedFile where(SourceSet sources, ClientModel model) {
		String name = model.name("Where");
		return sources.file(name, (file) -> {
			StringBuilder out = new StringBuilder();
			Javadoc.write(out, "", List.of("Filters {@code " + model.model().name() + "} records, as Prisma's {@code where}:"
					+ " the conditions chained on one filter must all hold."), List.of());
			out.append("public final class ").append(name).append(" extends ")
				.append(TypeRefs.builder(file, "WhereBuilder")).append('<').append(name).append("> {\n\n");
			Javadoc.write(out, "\t", List.of("Creates an empty filter, which matches every record."), List.of());
			out.append("\tpublic ").append(name).append("() {\n\t\tsuper(").append(name).append("::new);\n\t}\n");
			for (ClientScalar scalar : model.scalars()) {
				// Explicit type arguments spare javac the inference, which dominates compiling large clients.
				String type;
				String factory;
				if (scalar.list()) {
					type = TypeRefs.builder(file, "ListFilter") + "<" + name + ", " + TypeRefs.element(file, scalar) + ">";
					factory = "this.<" + TypeRefs.element(file, scalar) + ">listField";
				}
				else {
					boolean typed = scalar.kind().numeric() || scalar.kind() == ScalarKind.ENUM;
					type = TypeRefs.builder(file, scalar.kind().filter()) + "<" + name
							+ (typed ? ", " + TypeRefs.element(file, scalar) : "") + ">";
					factory = (typed ? "this.<" + TypeRefs.element(file, scalar) + ">" : "")
							+ scalar.kind().filterFactory();
				}
				out.append('\n');
				Javadoc.write(out, "\t", List.of(Javadoc.inline(scalar.field().documentation())),
						List.of("@return conditions on {@code " + scalar.field().name() + "}"));
				out.append("\tpublic ").append(type).append(' ').append(scalar.method()).append("() {\n\t\treturn ")
					.append(factory).append("(\"").append(scalar.field().name()).append("\");\n\t}\n");
			}
			for (ClientRelation relation : model.relations()) {
				String target = relation.target().get("Where");
				String filter = TypeRefs.builder(file, relation.list() ? "ToManyFilter" : "ToOneFilter") + "<" + target + ">";
				out.append('\n');
				Javadoc.write(out, "\t", List.of(Javadoc.inline(relation.field().documentation())),
						List.of("@param filter conditions on the related {@code " + relation.field().relatedModel()
								+ "} record" + (relation.list() ? "s: {@code some}, {@code every}, {@code none}"
										: ": {@code is}, {@code isNot}, {@code isNull}"),
								"@return this filter"));
				out.append("\tpublic ").append(name).append(' ').append(relation.method()).append('(')
					.append(TypeRefs.consumer(file, filter)).append(" filter) {\n\t\treturn ")
					.append("this.<").append(target).append('>')
					.append(relation.list() ? "toManyRelation" : "toOneRelation").append("(\"")
					.append(relation.field().name()).append("\", ").append(target).append("::new, filter);\n\t}\n");
			}
			out.append("}\n");
			return out.toString();
		});
	}

	static GeneratedFile whereUnique(SourceSet sources, ClientModel model) {
		String name = model.name("WhereUnique");
		return sources.file(name, (file) -> {
			StringBuilder out = new StringBuilder();
			String example = example(model.uniques().get(0));
			Javadoc.write(out, "", List.of("Picks one {@code " + model.model().name() + "} record by its id or a unique"
					+ " constraint: {@code u -> u." + example + "}."), List.of());
			out.append("public final class ").append(name).append(" extends ")
				.append(TypeRefs.builder(file, "UniqueSelector")).append(" {\n\n");
			Javadoc.write(out, "\t", List.of("Creates the selector."), List.of());
			out.append("\tpublic ").append(name).append("() {\n\t\tsuper(\"").append(model.model().name())
				.append("\");\n\t}\n");
			String uniqueWhere = TypeRefs.builder(file, "UniqueWhere");
			List<String> methods = new ArrayList<>();
			for (ClientUnique unique : model.uniques()) {
				String method = JavaNames.escape(unique.schemaName(), JavaNames.BUILDER_RESERVED, methods);
				methods.add(method);
				List<String> params = new ArrayList<>();
				List<String> paramNames = new ArrayList<>();
				List<String> tags = new ArrayList<>();
				List<String> arguments = new ArrayList<>();
				for (ClientScalar field : unique.fields()) {
					String param = (unique.fields().size() == 1) ? "value"
							: JavaNames.escape(field.field().name(), Set.of(), paramNames);
					paramNames.add(param);
					params.add(TypeRefs.field(file, field) + " " + param);
					tags.add("@param " + param + " the {@code " + field.field().name() + "}");
					arguments.add("\"" + field.field().name() + "\", " + param);
				}
				tags.add("@return the record's identity");
				out.append('\n');
				Javadoc.write(out, "\t", List.of(), tags);
				out.append("\tpublic ").append(uniqueWhere).append(' ').append(method).append('(')
					.append(String.join(", ", params)).append(") {\n\t\treturn key(").append(String.join(", ", arguments))
					.append(");\n\t}\n");
			}
			out.append("}\n");
			return out.toString();
		});
	}

	private static String example(ClientUnique unique) {
		List<String> values = new ArrayList<>();
		for (ClientScalar field : unique.fields()) {
			values.add(field.kind() == ScalarKind.STRING ? "\"...\"" : "...");
		}
		return unique.schemaName() + "(" + String.join(", ", values) + ")";
	}
}
