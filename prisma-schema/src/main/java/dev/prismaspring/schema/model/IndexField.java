package dev.prismaspring.schema.model;

/**
 * A field of a primary key or index.
 *
 * @param name the field's name in the schema
 * @param columnName the column's name
 * @param descending whether {@code sort: Desc} is set
 * @param operatorClass the operator class from {@code ops:}, or {@code null}
 */
public record IndexField(String name, String columnName, boolean descending, String operatorClass) {
}
