package dev.prismaspring.schema.ast;

import java.util.List;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A value of an enum.
 *
 * @param name the value's name
 * @param attributes its {@code @} attributes ({@code @map})
 * @param trailingComment the comment after it on the same line, or {@code null}
 * @param documentation the {@code ///} comment lines directly above, or {@code null}
 * @param span the declaration, without the trailing comment
 */
public record EnumValue(Identifier name, List<Attribute> attributes, Comment trailingComment, String documentation,
		Span span) implements BlockEntry {

	public EnumValue {
		attributes = List.copyOf(attributes);
	}

	/**
	 * @param attributeName an attribute's name without {@code @}
	 * @return the first attribute of that name, or {@code null}
	 */
	public Attribute attribute(String attributeName) {
		return Attribute.find(this.attributes, attributeName);
	}
}
