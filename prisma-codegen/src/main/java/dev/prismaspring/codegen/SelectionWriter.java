package dev.prismaspring.codegen;

import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.codegen.ClientSchema.ClientModel;
import dev.prismaspring.codegen.ClientSchema.ClientRelation;
import dev.prismaspring.codegen.ClientSchema.ClientScalar;

/**
 * Writes the builders that name a model's fields: its order ({@code UserOrderBy}), its field list
 * ({@code UserFields}), its list of counted relations ({@code UserCountSelect}), its
 * {@code select} ({@code UserSelect}) and its {@code include} ({@code UserInclude}).
 */
final class SelectionWriter {

	private SelectionWriter() {
	}

	static GeneratedFile orderBy(SourceSet sources, ClientModel model) {
		String name = model.name("OrderBy");
		return sources.file(name, (file) -> {
			StringBuilder out = header(file, name, "OrderByBuilder", "Sorts {@code " + model.model().name()
					+ "} records, as Prisma's {@code orderBy}: {@code o -> o." + example(model) + "().asc()}. Keys"
					+ " chained on one order sort in the order they were added.");
			for (ClientScalar scalar : model.scalars()) {
				if (scalar.list() || !scalar.kind().sortable()) {
					continue;
				}
				method(out, TypeRefs.builder(file, "SortField") + "<" + name + ">", scalar.method(), "",
						"sortField(\"" + scalar.field().name() + "\")", scalar.field().documentation(),
						List.of("@return the field, to choose the direction"));
			}
			for (ClientRelation relation : model.relations()) {
				if (relation.list()) {
					method(out, TypeRefs.builder(file, "RelationOrder") + "<" + name + ">", relation.method(), "",
							"sortCount(\"" + relation.field().name() + "\")", relation.field().documentation(),
							List.of("@return the relation, to sort by its number of records: {@code ._count().desc()}"));
				}
				else {
					String target = relation.target().get("OrderBy");
					method(out, name, relation.method(), TypeRefs.consumer(file, target) + " order",
							"this.<" + target + ">sortRelation(\"" + relation.field().name() + "\", " + target + "::new, order)",
							relation.field().documentation(),
							List.of("@param order the order by the related {@code " + relation.field().relatedModel()
									+ "} record's fields", "@return this order"));
				}
			}
			return out.append("}\n").toString();
		});
	}

	static GeneratedFile fields(SourceSet sources, ClientModel model) {
		String name = model.name("Fields");
		return sources.file(name, (file) -> {
			StringBuilder out = header(file, name, "FieldSelection", "Names scalar fields of {@code "
					+ model.model().name() + "}, for {@code omit}, {@code distinct}, {@code groupBy} and aggregates: {@code f -> f."
					+ example(model) + "()}.");
			for (ClientScalar scalar : model.scalars()) {
				method(out, name, scalar.method(), "", "field(\"" + scalar.field().name() + "\")",
						scalar.field().documentation(), List.of("@return this list"));
			}
			return out.append("}\n").toString();
		});
	}

	static GeneratedFile countSelect(SourceSet sources, ClientModel model) {
		String name = model.name("CountSelect");
		return sources.file(name, (file) -> {
			StringBuilder out = header(file, name, "CountSelection", "Names list relations of {@code "
					+ model.model().name() + "} whose records to count, for {@code _count}: all of them, or those a"
					+ " filter keeps.");
			for (ClientRelation relation : model.listRelations()) {
				String quoted = "\"" + relation.field().name() + "\"";
				method(out, name, relation.method(), "", "count(" + quoted + ")", relation.field().documentation(),
						List.of("@return this list, counting every related record"));
				String target = relation.target().get("Where");
				method(out, name, relation.method(), TypeRefs.consumer(file, target) + " where",
						"this.<" + target + ">count(" + quoted + ", " + target + "::new, where)",
						relation.field().documentation(), List.of("@param where which related records to count",
								"@return this list, counting the related records the filter keeps"));
			}
			return out.append("}\n").toString();
		});
	}

	static GeneratedFile select(SourceSet sources, ClientModel model) {
		return selection(sources, model, true);
	}

	static GeneratedFile include(SourceSet sources, ClientModel model) {
		return selection(sources, model, false);
	}

	private static GeneratedFile selection(SourceSet sources, ClientModel model, boolean select) {
		String name = model.name(select ? "Select" : "Include");
		return sources.file(name, (file) -> {
			StringBuilder out = header(file, name, "SelectBuilder", select
					? "The fields of {@code " + model.model().name() + "} to return, as Prisma's {@code select}: only"
							+ " those named, relations included."
					: "The relations of {@code " + model.model().name() + "} to return with every scalar field, as"
							+ " Prisma's {@code include}.");
			if (select) {
				for (ClientScalar scalar : model.scalars()) {
					method(out, name, scalar.method(), "", "scalar(\"" + scalar.field().name() + "\")",
							scalar.field().documentation(), List.of("@return this selection"));
				}
			}
			for (ClientRelation relation : model.relations()) {
				String field = relation.field().name();
				String noun = "{@code " + relation.field().relatedModel() + "} record" + (relation.list() ? "s" : "");
				method(out, name, relation.method(), "", "relation(\"" + field + "\")", relation.field().documentation(),
						List.of("@return this selection, with the related " + noun));
				if (relation.list()) {
					String query = relation.target().get("Query");
					method(out, name, relation.method(), TypeRefs.consumer(file, query) + " query",
							"this.<" + query + ">relation(\"" + field + "\", " + query + "::new, query)", null,
							List.of("@param query which related " + noun + ", in which order, with which fields",
									"@return this selection"));
				}
				else {
					String shape = relation.target().get("Shape");
					method(out, name, relation.method(), TypeRefs.consumer(file, shape) + " shape",
							"this.<" + shape + ">relationShape(\"" + field + "\", " + shape + "::new, shape)", null,
							List.of("@param shape which fields of the related " + noun, "@return this selection"));
				}
			}
			if (!model.listRelations().isEmpty()) {
				List<String> relations = new ArrayList<>();
				for (ClientRelation relation : model.listRelations()) {
					relations.add("\"" + relation.field().name() + "\"");
				}
				method(out, name, "_count", "", "countAll(" + String.join(", ", relations) + ")", null,
						List.of("@return this selection, with the number of records of every list relation"));
				String counted = model.name("CountSelect");
				method(out, name, "_count", TypeRefs.consumer(file, counted) + " relations",
						"this.<" + counted + ">counts(" + counted + "::new, relations)", null,
						List.of("@param relations the list relations whose records to count", "@return this selection"));
			}
			return out.append("}\n").toString();
		});
	}

	static StringBuilder header(JavaFile file, String name, String base, String doc) {
		StringBuilder out = new StringBuilder();
		Javadoc.write(out, "", List.of(doc), List.of());
		out.append("public final class ").append(name).append(" extends ").append(TypeRefs.builder(file, base)).append('<')
			.append(name).append("> {\n\n");
		Javadoc.write(out, "\t", List.of("Creates an empty one."), List.of());
		out.append("\tpublic ").append(name).append("() {\n\t}\n");
		return out;
	}

	static void method(StringBuilder out, String returnType, String name, String parameters, String body,
			String documentation, List<String> tags) {
		out.append('\n');
		Javadoc.write(out, "\t", List.of(Javadoc.inline(documentation)), tags);
		out.append("\tpublic ").append(returnType).append(' ').append(name).append('(').append(parameters)
			.append(") {\n\t\treturn ").append(body).append(";\n\t}\n");
	}

	private static String example(ClientModel model) {
		for (ClientScalar scalar : model.scalars()) {
			if (!scalar.list() && scalar.kind().sortable()) {
				return scalar.method();
			}
		}
		return model.scalars().isEmpty() ? "field" : model.scalars().get(0).method();
	}
}
