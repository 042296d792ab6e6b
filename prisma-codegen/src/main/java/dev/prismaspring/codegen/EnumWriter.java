package dev.prismaspring.codegen;

import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.codegen.ClientSchema.ClientEnum;
import dev.prismaspring.schema.model.EnumType;

/** Writes a schema enum as a Java enum whose constants are the schema's values. */
final class EnumWriter {

	private EnumWriter() {
	}

	static GeneratedFile write(SourceSet sources, ClientEnum type) {
		return sources.file(type.javaName(), (file) -> {
			StringBuilder out = new StringBuilder();
			List<String> doc = new ArrayList<>(Javadoc.lines(type.type().documentation()));
			if (doc.isEmpty()) {
				doc.add("The values of the enum {@code " + type.type().name() + "}.");
			}
			Javadoc.write(out, "", List.of(String.join("\n", doc)), List.of());
			out.append("public enum ").append(type.javaName()).append(" implements ")
				.append(file.type(SourceSet.BUILDER + "PrismaEnum")).append(" {\n\n");
			List<EnumType.Value> values = type.type().values();
			boolean renamed = false;
			for (int i = 0; i < values.size(); i++) {
				EnumType.Value value = values.get(i);
				String constant = type.constants().get(i);
				renamed |= !constant.equals(value.name());
				Javadoc.write(out, "\t", List.of(String.join("\n", Javadoc.lines(value.documentation()))), List.of());
				out.append('\t').append(constant).append((i < values.size() - 1) ? ",\n\n" : ";\n");
			}
			if (renamed) {
				out.append("\n\t@").append(file.type("java.lang.Override")).append('\n');
				out.append("\tpublic ").append(file.type("java.lang.String")).append(" schemaName() {\n");
				out.append("\t\tswitch (this) {\n");
				for (int i = 0; i < values.size(); i++) {
					if (!type.constants().get(i).equals(values.get(i).name())) {
						out.append("\t\t\tcase ").append(type.constants().get(i)).append(":\n");
						out.append("\t\t\t\treturn \"").append(values.get(i).name()).append("\";\n");
					}
				}
				out.append("\t\t\tdefault:\n\t\t\t\treturn name();\n\t\t}\n\t}\n");
			}
			out.append("}\n");
			return out.toString();
		});
	}
}
