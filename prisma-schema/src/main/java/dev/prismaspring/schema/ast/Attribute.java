package dev.prismaspring.schema.ast;

import java.util.List;

import dev.prismaspring.schema.diagnostics.Span;

/**
 * A field attribute ({@code @id}, {@code @db.VarChar(200)}) or, inside {@link BlockAttribute}, a
 * block attribute's name and arguments.
 *
 * @param name the name without {@code @}: {@code id}, {@code default}, {@code db.VarChar}
 * @param nameSpan where the name is written, with its {@code @} signs
 * @param arguments the parenthesised arguments, or {@code null} when there are no parentheses
 * @param span the whole attribute
 */
public record Attribute(String name, Span nameSpan, ArgumentList arguments, Span span) {

	/** @return the arguments, empty when there are no parentheses */
	public List<Argument> argumentList() {
		return (this.arguments != null) ? this.arguments.arguments() : List.of();
	}

	static Attribute find(List<Attribute> attributes, String name) {
		// Indexed: called for every field by most checks, and an iterator per call shows in a cold run.
		for (int i = 0, size = attributes.size(); i < size; i++) {
			Attribute attribute = attributes.get(i);
			if (attribute.name().equals(name)) {
				return attribute;
			}
		}
		return null;
	}
}
