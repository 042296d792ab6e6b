package dev.prismaspring.schema.ast;

import java.util.List;
import java.util.stream.Stream;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A top-level block: {@code model}, {@code view}, {@code type}, {@code enum}, {@code datasource}
 * or {@code generator}.
 *
 * @param kind what the keyword says
 * @param keywordSpan where the keyword is written
 * @param name the block's name
 * @param entries the lines inside the braces, in order, comments and empty lines included
 * @param documentation the {@code ///} comment lines directly above the block, joined by newlines, or {@code null}
 * @param span from the keyword to the closing brace
 */
public record Block(BlockKind kind, Span keywordSpan, Identifier name, List<BlockEntry> entries, String documentation,
		Span span) implements TopItem {

	public Block {
		entries = List.copyOf(entries);
	}

	/** @return the fields of a model, view or composite type */
	public List<Field> fields() {
		return only(Field.class).toList();
	}

	/** @return the values of an enum */
	public List<EnumValue> enumValues() {
		return only(EnumValue.class).toList();
	}

	/** @return the {@code key = value} lines of a datasource or generator */
	public List<Property> properties() {
		return only(Property.class).toList();
	}

	/** @return the {@code @@} attributes */
	public List<BlockAttribute> attributes() {
		return only(BlockAttribute.class).toList();
	}

	/**
	 * @param name a field's name
	 * @return the first field of that name, or {@code null}
	 */
	public Field field(String name) {
		return only(Field.class).filter((field) -> field.name().name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * @param key a property's key
	 * @return the first property with that key, or {@code null}
	 */
	public Property property(String key) {
		return only(Property.class).filter((property) -> property.key().name().equals(key)).findFirst().orElse(null);
	}

	private <T extends BlockEntry> Stream<T> only(Class<T> type) {
		return this.entries.stream().filter(type::isInstance).map(type::cast);
	}
}
