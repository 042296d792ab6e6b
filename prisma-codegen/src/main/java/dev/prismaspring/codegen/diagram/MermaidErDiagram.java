package dev.prismaspring.codegen.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.DiagnosticPrinter;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.model.EnumType;
import dev.prismaspring.schema.model.IndexDefinition;
import dev.prismaspring.schema.model.IndexField;
import dev.prismaspring.schema.model.Model;
import dev.prismaspring.schema.model.Relation;
import dev.prismaspring.schema.model.RelationField;
import dev.prismaspring.schema.model.ScalarField;

/**
 * Renders a schema as a Mermaid entity-relationship diagram ({@code erDiagram}).
 *
 * <p>Each model (and view) is an entity listing its scalar fields in schema order as
 * {@code <type> <name> [PK|FK|UK] ["optional"]}: the type is Prisma's ({@code String},
 * {@code DateTime}, an enum's name, {@code Int[]} for a list); {@code PK} marks every field of the
 * primary key, {@code FK} every field holding a foreign key, {@code UK} a field that is unique
 * on its own (fields of a compound unique constraint are not marked, since none of them is
 * unique alone). Each enum is an entity whose rows are its values.
 *
 * <p>Each relation is one line after the entities, in the schema's order, with Mermaid's
 * cardinality on both ends: for one-to-one and one-to-many the model referenced comes first and
 * the model holding the foreign key second, so <code>User ||--o{ Post</code> reads "a post has exactly
 * one user, a user has zero or more posts"; an optional foreign key gives {@code |o}, the
 * back side of a one-to-one {@code o|}. An implicit many-to-many is <code>}o..o{</code> with its join
 * table in the label. The line is solid (identifying) when the foreign key is part of the primary
 * key of the model holding it, dashed otherwise. The label names the relation fields, the left
 * entity's first.
 *
 * <p>{@link #main} regenerates the diagram inside a Markdown file, between the lines
 * {@value #START_MARKER} and {@value #END_MARKER}.
 */
public final class MermaidErDiagram {

	/** The line after which a Markdown file holds the diagram. */
	public static final String START_MARKER = "<!-- er-diagram:start -->";

	/** The line before which the diagram in a Markdown file ends. */
	public static final String END_MARKER = "<!-- er-diagram:end -->";

	private static final String INDENT = "    ";

	private MermaidErDiagram() {
	}

	/**
	 * Prints the diagram of a schema, or writes it into a Markdown file between
	 * {@value #START_MARKER} and {@value #END_MARKER}: {@code <schema file or folder> [<markdown file>]}.
	 * @param args the arguments
	 * @throws IOException when the Markdown file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 2) {
			throw new IllegalArgumentException("Usage: MermaidErDiagram <schema> [<markdown file>]");
		}
		String diagram = render(Path.of(args[0]));
		if (args.length == 1) {
			System.out.print(diagram);
			return;
		}
		Path markdown = Path.of(args[1]);
		String text = Files.readString(markdown, StandardCharsets.UTF_8);
		String updated = replaceSection(text, diagram);
		if (updated.equals(text)) {
			System.out.println("The diagram in " + markdown + " is up to date.");
		}
		else {
			Files.writeString(markdown, updated, StandardCharsets.UTF_8);
			System.out.println("Wrote the diagram of " + args[0] + " into " + markdown + ".");
		}
	}

	/**
	 * @param schemaLocation a schema file or a folder of {@code .prisma} files
	 * @return the diagram of the schema there
	 * @throws PrismaException with code {@code P1012} and the diagnostics when the schema is invalid
	 */
	public static String render(Path schemaLocation) {
		ValidatedSchema schema = PrismaSchema.validate(SchemaFiles.load(schemaLocation));
		if (schema.hasErrors()) {
			throw new PrismaException(Diagnostic.SCHEMA_VALIDATION, "The schema at " + schemaLocation
					+ " is invalid; fix these errors and draw it again:\n" + DiagnosticPrinter.print(schema.errors()));
		}
		return render(schema.datamodel());
	}

	/**
	 * @param datamodel a valid schema's model
	 * @return the Mermaid source, starting with {@code erDiagram}, each line ending with a line feed
	 */
	public static String render(Datamodel datamodel) {
		StringBuilder out = new StringBuilder("erDiagram\n");
		for (Model model : datamodel.models()) {
			entity(out, model);
		}
		for (EnumType type : datamodel.enums()) {
			out.append(INDENT).append(type.name()).append(" {\n");
			for (EnumType.Value value : type.values()) {
				out.append(INDENT).append(INDENT).append("enum ").append(value.name()).append('\n');
			}
			out.append(INDENT).append("}\n");
		}
		for (Relation relation : datamodel.relations()) {
			relationship(out, datamodel, relation);
		}
		return out.toString();
	}

	/**
	 * @param markdown a Markdown text holding the marker lines
	 * @return the fenced diagram between the markers (without them)
	 * @throws IllegalArgumentException when a marker is missing
	 */
	public static String section(String markdown) {
		int start = markdown.indexOf(START_MARKER);
		int end = markdown.indexOf(END_MARKER);
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("The text has no " + START_MARKER + " line followed by an " + END_MARKER
					+ " line; add them where the diagram belongs");
		}
		return markdown.substring(start + START_MARKER.length(), end);
	}

	/**
	 * @param markdown a Markdown text holding the marker lines
	 * @param diagram a diagram from {@link #render(Datamodel)}
	 * @return the text with a fenced {@code mermaid} block of the diagram between the markers
	 * @throws IllegalArgumentException when a marker is missing
	 */
	public static String replaceSection(String markdown, String diagram) {
		String old = section(markdown);
		int start = markdown.indexOf(START_MARKER) + START_MARKER.length();
		return markdown.substring(0, start) + fenced(diagram) + markdown.substring(start + old.length());
	}

	/**
	 * @param diagram a diagram from {@link #render(Datamodel)}
	 * @return what {@link #replaceSection} puts between the markers
	 */
	public static String fenced(String diagram) {
		return "\n```mermaid\n" + diagram + "```\n";
	}

	private static void entity(StringBuilder out, Model model) {
		Set<String> primaryKey = new HashSet<>();
		if (model.primaryKey() != null) {
			model.primaryKey().fields().forEach((field) -> primaryKey.add(field.name()));
		}
		Set<String> foreignKeys = new HashSet<>();
		for (RelationField relation : model.relationFields()) {
			foreignKeys.addAll(relation.fields());
		}
		Set<String> unique = new HashSet<>();
		for (IndexDefinition index : model.indexes()) {
			if (index.unique() && index.predicate() == null && index.fields().size() == 1) {
				unique.add(index.fields().get(0).name());
			}
		}
		out.append(INDENT).append(model.name()).append(" {\n");
		for (ScalarField field : model.scalarFields()) {
			out.append(INDENT).append(INDENT).append(type(field)).append(' ').append(field.name());
			List<String> keys = new ArrayList<>();
			if (primaryKey.contains(field.name())) {
				keys.add("PK");
			}
			if (foreignKeys.contains(field.name())) {
				keys.add("FK");
			}
			if (unique.contains(field.name()) && !primaryKey.contains(field.name())) {
				keys.add("UK");
			}
			if (!keys.isEmpty()) {
				out.append(' ').append(String.join(", ", keys));
			}
			String comment = comment(field);
			if (comment != null) {
				out.append(" \"").append(comment).append('"');
			}
			out.append('\n');
		}
		out.append(INDENT).append("}\n");
	}

	private static String type(ScalarField field) {
		String name = (field.kind() == ScalarField.Kind.UNSUPPORTED) ? "Unsupported" : field.typeName();
		return (field.arity() == Arity.LIST) ? name + "[]" : name;
	}

	private static String comment(ScalarField field) {
		List<String> notes = new ArrayList<>();
		if (field.arity() == Arity.OPTIONAL) {
			notes.add("optional");
		}
		if (field.kind() == ScalarField.Kind.UNSUPPORTED) {
			// Mermaid ends a comment at the first double quote, so the database type goes without quotes.
			notes.add("database type " + field.typeName().replace('"', '\''));
		}
		return notes.isEmpty() ? null : String.join(", ", notes);
	}

	private static void relationship(StringBuilder out, Datamodel datamodel, Relation relation) {
		boolean manyToMany = relation.kind() == Relation.Kind.MANY_TO_MANY;
		// The foreign key's side goes right, so that the line reads from the referenced model.
		String left = manyToMany ? relation.modelA() : relation.modelB();
		RelationField leftField = manyToMany ? relation.fieldA() : relation.fieldB();
		String right = manyToMany ? relation.modelB() : relation.modelA();
		RelationField rightField = manyToMany ? relation.fieldB() : relation.fieldA();
		String line = (!manyToMany && identifying(datamodel, relation)) ? "--" : "..";
		String label = leftField.name() + " / " + rightField.name();
		if (manyToMany) {
			label += " (" + relation.joinTableName() + ")";
		}
		out.append(INDENT)
			.append(left)
			.append(' ')
			.append(leftEnd(rightField.arity()))
			.append(line)
			.append(rightEnd(leftField.arity()))
			.append(' ')
			.append(right)
			.append(" : \"")
			.append(label)
			.append("\"\n");
	}

	private static boolean identifying(Datamodel datamodel, Relation relation) {
		Model holder = datamodel.model(relation.modelA()).orElse(null);
		if (holder == null || holder.primaryKey() == null || relation.fieldA().fields().isEmpty()) {
			return false;
		}
		List<String> primaryKey = holder.primaryKey().fields().stream().map(IndexField::name).toList();
		return primaryKey.containsAll(relation.fieldA().fields());
	}

	/** How many of the left entity one right entity has, from the right entity's field. */
	private static String leftEnd(Arity arity) {
		return switch (arity) {
			case REQUIRED -> "||";
			case OPTIONAL -> "|o";
			case LIST -> "}o";
		};
	}

	/** How many of the right entity one left entity has, from the left entity's field. */
	private static String rightEnd(Arity arity) {
		return switch (arity) {
			case REQUIRED -> "||";
			case OPTIONAL -> "o|";
			case LIST -> "o{";
		};
	}

}
