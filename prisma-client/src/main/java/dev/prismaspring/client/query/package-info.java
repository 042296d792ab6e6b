/**
 * The query model: what a generated repository asks the engine for, as plain immutable data
 * (filters, ordering, shapes, write data, nested writes). Field and relation names are the
 * schema's names; the engine checks them against the schema and never puts a value into SQL
 * text: every value is a bound parameter.
 */
package dev.prismaspring.client.query;
