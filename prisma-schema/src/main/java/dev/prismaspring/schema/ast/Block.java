package dev.prismaspring.schema.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
		return only(Field.class);
	}

	/** @return the values of an enum */
	public List<EnumValue> enumValues() {
		return only(EnumValue.class);
	}

	/** @return the {@code key = value} lines of a datasource or generator */
	public List<Property> properties() {
		return only(Property.class);
	}

	/** @return the {@code @@} attributes */
	public List<BlockAttribute> attributes() {
		return only(BlockAttribute.class);
	}

	/**
	 * @param name a field's name
	 * @return the first field of that name, or {@code null}
	 */
	public Field field(String name) {
		for (BlockEntry entry : this.entries) {
			if (entry instanceof Field field && field.name().name().equals(name)) {
				return field;
			}
		}
		return null;
	}

	/**
	 * @param key a property's key
	 * @return the first property with that key, or {@code null}
	 */
	public Property property(String key) {
		for (BlockEntry entry : this.entries) {
			if (entry instanceof Property property && property.key().name().equals(key)) {
				return property;
			}
		}
		return null;
	}

	// A loop, not a stream: these are called for every block by every check, and a schema of
	// thousands of models is mostly read once, by a JVM that has not compiled them yet.
	private <T extends BlockEntry> List<T> only(Class<T> type) {
		List<T> found = new ArrayList<>();
		for (int i = 0, size = this.entries.size(); i < size; i++) {
			BlockEntry entry = this.entries.get(i);
			if (type.isInstance(entry)) {
				found.add(type.cast(entry));
			}
		}
		return Collections.unmodifiableList(found);
	}
}
