package dev.prismaspring.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.codegen.ClientSchema.ClientModel;
import dev.prismaspring.codegen.ClientSchema.ClientRelation;
import dev.prismaspring.codegen.ClientSchema.ClientScalar;

/**
 * Writes a model's record, with its scalar fields, its relations as {@code Related} values and,
 * for models with list relations, the relation counts; and the record of those counts.
 */
final class RecordWriter {

	private RecordWriter() {
	}

	static GeneratedFile record(SourceSet sources, ClientModel model) {
		String name = model.name("");
		return sources.file(name, (file) -> {
			String related = file.type(SourceSet.CLIENT + "Related");
			String list = file.type("java.util.List");
			List<String> components = new ArrayList<>();
			List<String> readers = new ArrayList<>();
			List<String> params = new ArrayList<>();
			Set<String> variables = new HashSet<>();
			variables.add("row");
			for (ClientScalar scalar : model.scalars()) {
				variables.add(scalar.component());
			}
			for (ClientRelation relation : model.relations()) {
				variables.add(relation.component());
			}
			boolean counts = !model.listRelations().isEmpty();
			String rowValues = file.expression(SourceSet.BUILDER + "RowValues", variables);
			for (ClientScalar scalar : model.scalars()) {
				components.add(TypeRefs.field(file, scalar) + " " + scalar.component());
				readers.add(reader(file, rowValues, scalar, variables));
				params.add("@param " + scalar.component() + " " + describe(scalar));
			}
			for (ClientRelation relation : model.relations()) {
				String target = relation.target().get("");
				String type = relation.list() ? list + "<" + target + ">" : target;
				components.add(related + "<" + type + "> " + relation.component());
				readers.add(rowValues + ".<" + target + ">" + (relation.list() ? "toMany" : "toOne") + "(row, \"" + relation.field().name()
						+ "\", " + file.expression(target, variables) + "::fromRow)");
				String doc = Javadoc.inline(relation.field().documentation());
				params.add("@param " + relation.component() + " " + (doc.isEmpty() ? "" : doc + "; ") + "the related {@code "
						+ relation.field().relatedModel() + "} record" + (relation.list() ? "s" : "")
						+ ", loaded when the query includes {@code " + relation.field().name() + "}");
			}
			if (counts) {
				components.add(model.name("Count") + " _count");
				readers.add(rowValues + ".<" + model.name("Count") + ">counts(row, " + file.expression(model.name("Count"), variables) + "::fromRow)");
				params.add("@param _count the numbers of related records, when the query asks for {@code _count}; else {@code null}");
			}
			StringBuilder out = new StringBuilder();
			List<String> doc = new ArrayList<>(Javadoc.lines(model.model().documentation()));
			if (doc.isEmpty()) {
				doc.add("A {@code " + model.model().name() + "} record" + (model.model().view() ? " of the view." : "."));
			}
			Javadoc.write(out, "", List.of(String.join("\n", doc), "Scalar fields a query left out (with {@code select} or"
					+ " {@code omit}) are {@code null};\nrelations it did not include are {@link " + related
					+ "#isLoaded() not loaded}."), params);
			out.append("public record ").append(name).append("(");
			appendList(out, components, "\t\t");
			out.append(") {\n\n");
			Javadoc.write(out, "\t", List.of("Reads a record from a row the engine returned."),
					List.of("@param row a row of {@code " + model.model().name() + "}", "@return the record"));
			out.append("\tpublic static ").append(name).append(" fromRow(").append(file.type(SourceSet.CLIENT + "Row"))
				.append(" row) {\n");
			out.append("\t\treturn new ").append(name).append("(");
			appendList(out, readers, "\t\t\t\t");
			out.append(");\n\t}\n}\n");
			return out.toString();
		});
	}

	static GeneratedFile counts(SourceSet sources, ClientModel model) {
		String name = model.name("Count");
		return sources.file(name, (file) -> {
			List<String> components = new ArrayList<>();
			List<String> readers = new ArrayList<>();
			List<String> params = new ArrayList<>();
			Set<String> variables = new HashSet<>();
			variables.add("row");
			model.listRelations().forEach((relation) -> variables.add(relation.component()));
			String rowValues = file.expression(SourceSet.BUILDER + "RowValues", variables);
			for (ClientRelation relation : model.listRelations()) {
				components.add(file.type("java.lang.Long") + " " + relation.component());
				readers.add(rowValues + ".bigInt(row, \"" + relation.field().name() + "\")");
				params.add("@param " + relation.component() + " the number of related {@code " + relation.field().name()
						+ "}, or {@code null} when not counted");
			}
			StringBuilder out = new StringBuilder();
			Javadoc.write(out, "", List.of("The numbers of related records of a {@code " + model.model().name()
					+ "}, as {@code _count} returns them."), params);
			out.append("public record ").append(name).append("(");
			appendList(out, components, "\t\t");
			out.append(") {\n\n");
			Javadoc.write(out, "\t", List.of("Reads the counts from the {@code _count} values of a row."),
					List.of("@param row relation name to count", "@return the counts"));
			out.append("\tpublic static ").append(name).append(" fromRow(").append(file.type(SourceSet.CLIENT + "Row"))
				.append(" row) {\n");
			out.append("\t\treturn new ").append(name).append("(");
			appendList(out, readers, "\t\t\t\t");
			out.append(");\n\t}\n}\n");
			return out.toString();
		});
	}

	private static String reader(JavaFile file, String rowValues, ClientScalar scalar, Set<String> variables) {
		String field = "\"" + scalar.field().name() + "\"";
		if (scalar.kind() == ScalarKind.ENUM) {
			String type = scalar.enumName() + ".class";
			return rowValues + ".<" + scalar.enumName() + ">" + (scalar.list() ? "enumList(row, " : "enumValue(row, ") + field
					+ ", " + type + ")";
		}
		if (scalar.list()) {
			return rowValues + ".<" + TypeRefs.element(file, scalar) + ">list(row, " + field + ", " + rowValues + "::"
					+ scalar.kind().converter() + ")";
		}
		return rowValues + "." + scalar.kind().reader() + "(row, " + field + ")";
	}

	private static String describe(ClientScalar scalar) {
		String doc = Javadoc.inline(scalar.field().documentation());
		return doc.isEmpty() ? "the {@code " + scalar.field().name() + "} field" : doc;
	}

	static void appendList(StringBuilder out, List<String> items, String indent) {
		if (items.isEmpty()) {
			return;
		}
		if (items.size() <= 2 && String.join(", ", items).length() < 80) {
			out.append(String.join(", ", items));
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			out.append('\n').append(indent).append(items.get(i));
			if (i < items.size() - 1) {
				out.append(',');
			}
		}
	}
}
