package dev.prismaspring.schema.ast;

import java.util.List;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A field of a model, view or composite type.
 *
 * @param name the field's name
 * @param type its type; {@code null} when the declaration has none (a diagnostic says so)
 * @param attributes its {@code @} attributes in order
 * @param trailingComment the comment after the declaration on the same line, or {@code null}
 * @param documentation the {@code ///} comment lines directly above, joined by newlines, or {@code null}
 * @param span the declaration, without the trailing comment
 */
public record Field(Identifier name, FieldType type, List<Attribute> attributes, Comment trailingComment,
		String documentation, Span span) implements BlockEntry {

	public Field {
		attributes = List.copyOf(attributes);
	}

	/**
	 * @param attributeName an attribute's name without {@code @}, e.g. {@code id} or {@code db.VarChar}
	 * @return the first attribute of that name, or {@code null}
	 */
	public Attribute attribute(String attributeName) {
		return Attribute.find(this.attributes, attributeName);
	}
}
