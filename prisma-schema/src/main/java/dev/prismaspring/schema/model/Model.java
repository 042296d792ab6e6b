package dev.prismaspring.schema.model;

import java.util.List;
import java.util.Optional;

/**
 * A model or a view.
 *
 * @param name the name in the schema
 * @param tableName the table's or view's name ({@code @@map}, else the name)
 * @param schema the database schema from {@code @@schema}, or {@code null} for the default one
 * @param fields the fields in declaration order
 * @param primaryKey the primary key, or {@code null}
 * @param indexes unique constraints and indexes in Prisma's order: field-level {@code @unique}, then
 * {@code @@index}, then {@code @@unique}, each in declaration order
 * @param ignored whether {@code @@ignore} is set
 * @param view whether this is a {@code view} block
 * @param documentation the {@code ///} comment, or {@code null}
 */
public record Model(String name, String tableName, String schema, List<ModelField> fields, PrimaryKey primaryKey,
		List<IndexDefinition> indexes, boolean ignored, boolean view, String documentation) {

	public Model {
		fields = List.copyOf(fields);
		indexes = List.copyOf(indexes);
	}

	/** @return the fields stored in columns */
	public List<ScalarField> scalarFields() {
		return this.fields.stream()
			.filter(ScalarField.class::isInstance)
			.map(ScalarField.class::cast)
			.toList();
	}

	/** @return the fields that point at other models */
	public List<RelationField> relationFields() {
		return this.fields.stream()
			.filter(RelationField.class::isInstance)
			.map(RelationField.class::cast)
			.toList();
	}

	/**
	 * @param fieldName a field's name in the schema
	 * @return the field, if the model has it
	 */
	public Optional<ModelField> field(String fieldName) {
		return this.fields.stream().filter((field) -> field.name().equals(fieldName)).findFirst();
	}

	/**
	 * @param fieldName a scalar field's name in the schema
	 * @return the scalar field, if the model has one of that name
	 */
	public Optional<ScalarField> scalarField(String fieldName) {
		return scalarFields().stream().filter((field) -> field.name().equals(fieldName)).findFirst();
	}
}
