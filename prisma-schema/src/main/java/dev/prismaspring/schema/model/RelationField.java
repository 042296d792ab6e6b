package dev.prismaspring.schema.model;

import java.util.List;

import dev.prismaspring.schema.ast.Arity;

/**
 * A field that points at another model.
 *
 * @param name the name in the schema
 * @param relatedModel the name of the model it points at
 * @param arity required, optional or list
 * @param relationName the relation's name: the one written in {@code @relation}, else Prisma's
 * default (the two model names in alphabetical order joined by {@code To})
 * @param fields the scalar fields holding the foreign key on this side; empty on the other side
 * @param references the fields of the related model they reference; empty on the other side
 * @param onDelete the action on delete on the side with {@code fields}, defaults applied; else {@code null}
 * @param onUpdate the action on update on the side with {@code fields}, defaults applied; else {@code null}
 * @param foreignKeyName the foreign key's name ({@code map}, else Prisma's default) on the side with
 * {@code fields}; else {@code null}
 * @param ignored whether {@code @ignore} is set
 * @param documentation the {@code ///} comment, or {@code null}
 */
public record RelationField(String name, String relatedModel, Arity arity, String relationName, List<String> fields,
		List<String> references, ReferentialAction onDelete, ReferentialAction onUpdate, String foreignKeyName,
		boolean ignored, String documentation) implements ModelField {

	public RelationField {
		fields = List.copyOf(fields);
		references = List.copyOf(references);
	}

	/** @return whether this side holds the foreign key */
	public boolean holdsForeignKey() {
		return !this.fields.isEmpty();
	}
}
