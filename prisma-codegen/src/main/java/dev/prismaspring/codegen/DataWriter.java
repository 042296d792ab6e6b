package dev.prismaspring.codegen;

import java.util.List;
import java.util.Set;

import dev.prismaspring.codegen.ClientSchema.ClientModel;
import dev.prismaspring.codegen.ClientSchema.ClientRelation;
import dev.prismaspring.codegen.ClientSchema.ClientScalar;
import dev.prismaspring.codegen.ClientSchema.Requirement;
import dev.prismaspring.schema.ast.Arity;

/**
 * Writes a model's create data ({@code UserCreate}, which checks required fields) and update data
 * ({@code UserUpdate}, with atomic number operations), each with nested writes on the relations to
 * models the client writes.
 */
final class DataWriter {

	private DataWriter() {
	}

	static GeneratedFile create(SourceSet sources, ClientModel model) {
		String name = model.name("Create");
		return sources.file(name, (file) -> {
			StringBuilder out = new StringBuilder();
			Javadoc.write(out, "", List.of("The data of a new {@code " + model.model().name() + "} record, as Prisma's"
					+ " {@code data} in {@code create}. Building it checks that every required field without a default"
					+ "\nis set, and fails with the missing field's name otherwise."), List.of());
			out.append("public final class ").append(name).append(" extends ")
				.append(TypeRefs.builder(file, "CreateBuilder")).append('<').append(name).append("> {\n\n");
			StringBuilder requirements = new StringBuilder(
					file.expression(SourceSet.BUILDER + "CreateRequirements", Set.of("REQUIRED")))
				.append(".of(\"").append(model.model().name()).append("\")");
			for (Requirement requirement : model.requirements()) {
				requirements.append("\n\t\t.");
				if (requirement.unsupportedType() != null) {
					requirements.append("unsupported(\"").append(requirement.name()).append("\", \"")
						.append(requirement.unsupportedType().replace("\\", "\\\\").replace("\"", "\\\""))
						.append("\")");
				}
				else if (!requirement.foreignKey().isEmpty()) {
					requirements.append("relation(\"").append(requirement.name()).append('"');
					requirement.foreignKey().forEach((field) -> requirements.append(", \"").append(field).append('"'));
					requirements.append(')');
				}
				else {
					requirements.append("field(\"").append(requirement.name()).append("\")");
				}
			}
			out.append("\tprivate static final ").append(TypeRefs.builder(file, "CreateRequirements"))
				.append(" REQUIRED = ").append(requirements).append(";\n\n");
			Javadoc.write(out, "\t", List.of("Creates empty data."), List.of());
			out.append("\tpublic ").append(name).append("() {\n\t\tthis(null);\n\t}\n\n");
			out.append("\t").append(name).append("(").append(file.type("java.lang.String"))
				.append(" parentRelation) {\n\t\tsuper(REQUIRED, parentRelation);\n\t}\n");
			scalars(out, file, model, name, false);
			for (ClientRelation relation : model.relations()) {
				ClientModel target = sources.schema().model(relation.field().relatedModel()).orElseThrow();
				if (!target.writable()) {
					continue;
				}
				String kind = relation.list() ? "ToManyCreate" : "ToOneCreate";
				String writes = TypeRefs.builder(file, kind) + "<" + relation.target().get("Create") + ", "
						+ relation.target().get("WhereUnique") + ">";
				String arguments = creates(relation) + ", new " + relation.target().get("WhereUnique") + "()";
				relation(out, file, name, relation, writes, "new " + writes + "(" + arguments + ")",
						relation.list() ? "{@code create}, {@code createMany}, {@code connect}, {@code connectOrCreate}"
								: "{@code create}, {@code connect}, {@code connectOrCreate}");
			}
			return out.append("}\n").toString();
		});
	}

	static GeneratedFile update(SourceSet sources, ClientModel model) {
		String name = model.name("Update");
		return sources.file(name, (file) -> {
			StringBuilder out = new StringBuilder();
			Javadoc.write(out, "", List.of("The changes to {@code " + model.model().name() + "} records, as Prisma's"
					+ " {@code data} in {@code update}: only the fields set change."), List.of());
			out.append("public final class ").append(name).append(" extends ")
				.append(TypeRefs.builder(file, "WriteBuilder")).append('<').append(name).append("> {\n\n");
			Javadoc.write(out, "\t", List.of("Creates empty data, which changes nothing."), List.of());
			out.append("\tpublic ").append(name).append("() {\n\t}\n");
			scalars(out, file, model, name, true);
			for (ClientRelation relation : model.relations()) {
				ClientModel target = sources.schema().model(relation.field().relatedModel()).orElseThrow();
				if (!target.writable()) {
					continue;
				}
				String kind = relation.list() ? "ToManyUpdate" : "ToOneUpdate";
				String typeArguments = relation.target().get("Create") + ", " + relation.target().get("Update") + ", "
						+ relation.target().get("WhereUnique") + (relation.list() ? ", " + relation.target().get("Where") : "");
				String arguments = creates(relation) + ", " + relation.target().get("Update") + "::new, new "
						+ relation.target().get("WhereUnique") + "()"
						+ (relation.list() ? ", " + relation.target().get("Where") + "::new" : "");
				String writes = TypeRefs.builder(file, kind) + "<" + typeArguments + ">";
				relation(out, file, name, relation, writes, "new " + writes + "(" + arguments + ")", relation.list()
								? "{@code create}, {@code connect}, {@code set}, {@code disconnect}, {@code update},"
										+ " {@code updateMany}, {@code upsert}, {@code delete}, {@code deleteMany}"
								: "{@code create}, {@code connect}, {@code disconnect}, {@code update}, {@code upsert},"
										+ " {@code delete}");
			}
			return out.append("}\n").toString();
		});
	}

	private static void scalars(StringBuilder out, JavaFile file, ClientModel model, String name, boolean update) {
		for (ClientScalar scalar : model.scalars()) {
			String field = scalar.field().name();
			SelectionWriter.method(out, name, scalar.method(), TypeRefs.field(file, scalar) + " value",
					"set(\"" + field + "\", value)", scalar.field().documentation(),
					List.of("@param value the new value" + (scalar.field().arity() == Arity.OPTIONAL
							? ", or {@code null}" : ""), "@return this data"));
			if (update && scalar.list()) {
				String operation = TypeRefs.builder(file, "ListUpdate") + "<" + TypeRefs.element(file, scalar) + ">";
				SelectionWriter.method(out, name, scalar.method(), TypeRefs.consumer(file, operation) + " update",
						"this.<" + TypeRefs.element(file, scalar) + ">listUpdate(\"" + field + "\", update)", null,
						List.of("@param update a change to the list: {@code l -> l.push(...)}", "@return this data"));
			}
			if (update && scalar.kind().numeric() && !scalar.list()) {
				String operation = TypeRefs.builder(file, "NumberUpdate") + "<" + TypeRefs.element(file, scalar) + ">";
				SelectionWriter.method(out, name, scalar.method(), TypeRefs.consumer(file, operation) + " update",
						"this.<" + TypeRefs.element(file, scalar) + ">atomic(\"" + field + "\", update)", null,
						List.of("@param update an atomic operation: {@code v -> v.increment(1)}", "@return this data"));
			}
		}
	}

	private static void relation(StringBuilder out, JavaFile file, String name, ClientRelation relation, String writes,
			String instance, String operations) {
		String body = "this.<" + writes + ">relation(\"" + relation.field().name() + "\",\n\t\t\t\t" + instance
				+ ",\n\t\t\t\twrites)";
		SelectionWriter.method(out, name, relation.method(), TypeRefs.consumer(file, writes) + " writes", body,
				relation.field().documentation(),
				List.of("@param writes nested writes on the related {@code " + relation.field().relatedModel() + "} record"
						+ (relation.list() ? "s" : "") + ": " + operations, "@return this data"));
	}

	private static String creates(ClientRelation relation) {
		String create = relation.target().get("Create");
		return (relation.backRelation() != null) ? "() -> new " + create + "(\"" + relation.backRelation() + "\")"
				: create + "::new";
	}
}
