package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.Row;
import dev.prismaspring.schema.model.Model;

/** A model as the engine uses it: its table, readable fields, unique keys and relations. */
final class ModelInfo {

	private final Model model;

	private final String table;

	private final Map<String, FieldInfo> fields = new LinkedHashMap<>();

	private final Map<String, RelationInfo> relations = new LinkedHashMap<>();

	private final List<UniqueKey> uniqueKeys = new ArrayList<>();

	private boolean emulatesRelations;

	// Made on first use, once the schema index has added every field; a race makes equal copies.
	private List<FieldInfo> fieldList;

	private Row.Layout fieldsLayout;

	ModelInfo(Model model) {
		this.model = model;
		this.table = Identifiers.qualified(model.schema(), model.tableName());
	}

	void addField(FieldInfo field) {
		this.fields.put(field.name(), field);
		this.fieldList = null;
		this.fieldsLayout = null;
	}

	void addRelation(RelationInfo relation) {
		this.relations.put(relation.name(), relation);
	}

	void addUniqueKey(UniqueKey key) {
		this.uniqueKeys.add(key);
	}

	String name() {
		return this.model.name();
	}

	Model model() {
		return this.model;
	}

	/** @return the quoted, schema-qualified table name */
	String table() {
		return this.table;
	}

	/** @return the readable scalar fields, in declaration order */
	List<FieldInfo> fields() {
		List<FieldInfo> list = this.fieldList;
		if (list == null) {
			list = List.copyOf(this.fields.values());
			this.fieldList = list;
		}
		return list;
	}

	/** @return the names of {@link #fields()}, as the layout of rows holding every scalar field */
	Row.Layout fieldsLayout() {
		Row.Layout layout = this.fieldsLayout;
		if (layout == null) {
			layout = Row.Layout.of(this.fields.keySet());
			this.fieldsLayout = layout;
		}
		return layout;
	}

	/**
	 * @param name a field's name
	 * @return the scalar field
	 * @throws dev.prismaspring.client.errors.PrismaClientException when the model has none of that name
	 */
	FieldInfo field(String name) {
		FieldInfo field = this.fields.get(name);
		if (field == null) {
			throw QueryErrors.invalid("the model `" + name() + "` has no scalar field `" + name + "`"
					+ (this.relations.containsKey(name) ? " (it is a relation)" : "") + "; its fields are "
					+ this.fields.keySet() + ".");
		}
		return field;
	}

	boolean hasField(String name) {
		return this.fields.containsKey(name);
	}

	/**
	 * @param name a relation field's name
	 * @return the relation
	 * @throws dev.prismaspring.client.errors.PrismaClientException when the model has none of that name
	 */
	RelationInfo relation(String name) {
		RelationInfo relation = this.relations.get(name);
		if (relation == null) {
			throw QueryErrors.invalid("the model `" + name() + "` has no relation `" + name + "`; its relations are "
					+ this.relations.keySet() + ".");
		}
		return relation;
	}

	/** @return the relation fields, in declaration order */
	java.util.Collection<RelationInfo> relations() {
		return java.util.Collections.unmodifiableCollection(this.relations.values());
	}

	/** Marks the model's relations as the client's to enforce ({@code relationMode = "prisma"}). */
	void emulateRelations() {
		this.emulatesRelations = true;
	}

	/** @return whether the database has no foreign keys for the model's relations, so the client acts for them */
	boolean emulatesRelations() {
		return this.emulatesRelations;
	}

	/** @return the primary key first, then the unique constraints */
	List<UniqueKey> uniqueKeys() {
		return this.uniqueKeys;
	}

	/** @return the fields that identify a record: the primary key, else the first unique constraint */
	List<FieldInfo> identity() {
		return this.uniqueKeys.stream().filter((key) -> !key.partial()).findFirst().map(UniqueKey::fields).orElse(List.of());
	}
}
