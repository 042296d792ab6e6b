/**
 * The resolved data model: what a valid schema means, with names, defaults, constraint names and
 * relations worked out, ready for the migration engine, the code generator and the client. Built
 * only from a schema without errors, through {@link dev.prismaspring.schema.ValidatedSchema#datamodel()}.
 */
package dev.prismaspring.schema.model;
