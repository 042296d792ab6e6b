package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.model.RelationMode;
import dev.prismaspring.schema.model.EnumType;
import dev.prismaspring.schema.model.IndexDefinition;
import dev.prismaspring.schema.model.IndexField;
import dev.prismaspring.schema.model.Model;
import dev.prismaspring.schema.model.Relation;
import dev.prismaspring.schema.model.RelationField;
import dev.prismaspring.schema.model.ScalarField;

/** The data model arranged for the engine: models by name, with codecs and both sides of every relation. */
final class SchemaIndex {

	private final Map<String, ModelInfo> models = new LinkedHashMap<>();

	private final Map<String, UniqueOwner> uniqueConstraints = new HashMap<>();

	SchemaIndex(Datamodel datamodel) {
		for (Model model : datamodel.models()) {
			if (!model.ignored()) {
				this.models.put(model.name(), build(datamodel, model));
			}
		}
		if (datamodel.datasource() != null && datamodel.datasource().relationMode() == RelationMode.PRISMA) {
			this.models.values().forEach(ModelInfo::emulateRelations);
		}
		for (Relation relation : datamodel.relations()) {
			ModelInfo a = this.models.get(relation.modelA());
			ModelInfo b = this.models.get(relation.modelB());
			if (a == null || b == null || relation.fieldA().ignored() || relation.fieldB().ignored()) {
				continue;
			}
			link(relation, a, b);
		}
	}

	private ModelInfo build(Datamodel datamodel, Model model) {
		ModelInfo info = new ModelInfo(model);
		for (ScalarField field : model.scalarFields()) {
			if (field.ignored()) {
				continue;
			}
			EnumType enumType = (field.kind() == ScalarField.Kind.ENUM) ? datamodel.enumType(field.typeName()).orElseThrow()
					: null;
			ScalarCodec codec = ScalarCodec.of(field, enumType);
			if (codec != null) {
				info.addField(new FieldInfo(model.name(), field,
						(field.arity() == dev.prismaspring.schema.ast.Arity.LIST) ? new ListCodec(codec) : codec));
			}
		}
		if (model.primaryKey() != null) {
			addKey(info, model.primaryKey().name(), model.primaryKey().fields(), model.primaryKey().constraintName(), false);
		}
		for (IndexDefinition index : model.indexes()) {
			if (index.unique()) {
				addKey(info, index.name(), index.fields(), index.databaseName(), index.predicate() != null);
			}
		}
		return info;
	}

	private void addKey(ModelInfo info, String name, List<IndexField> indexFields, String constraintName, boolean partial) {
		List<FieldInfo> fields = new ArrayList<>();
		for (IndexField field : indexFields) {
			if (!info.hasField(field.name())) {
				return;
			}
			fields.add(info.field(field.name()));
		}
		String keyName = (name != null) ? name : String.join("_", fields.stream().map(FieldInfo::name).toList());
		UniqueKey key = new UniqueKey(keyName, fields, constraintName, partial);
		info.addUniqueKey(key);
		this.uniqueConstraints.put(constraintName, new UniqueOwner(info, key));
	}

	private static void link(Relation relation, ModelInfo a, ModelInfo b) {
		RelationInfo sideA;
		RelationInfo sideB;
		if (relation.kind() == Relation.Kind.MANY_TO_MANY) {
			String joinTable = Identifiers.qualified(a.model().schema(), relation.joinTableName());
			sideA = new RelationInfo(relation.fieldA(), RelationInfo.Kind.JOIN_TABLE, a, joinTable, "A", "B");
			sideB = new RelationInfo(relation.fieldB(), RelationInfo.Kind.JOIN_TABLE, b, joinTable, "B", "A");
			sideA.link(b, a.identity(), b.identity(), sideB);
			sideB.link(a, b.identity(), a.identity(), sideA);
		}
		else {
			RelationField holder = relation.fieldA();
			sideA = new RelationInfo(holder, RelationInfo.Kind.FOREIGN_KEY_HERE, a, null, null, null);
			sideB = new RelationInfo(relation.fieldB(), RelationInfo.Kind.FOREIGN_KEY_THERE, b, null, null, null);
			List<FieldInfo> foreignKey = holder.fields().stream().map(a::field).toList();
			List<FieldInfo> referenced = holder.references().stream().map(b::field).toList();
			sideA.link(b, foreignKey, referenced, sideB);
			sideB.link(a, referenced, foreignKey, sideA);
		}
		a.addRelation(sideA);
		b.addRelation(sideB);
	}

	/**
	 * @param name a model's name
	 * @return the model
	 * @throws dev.prismaspring.client.errors.PrismaClientException for a name the schema does not declare
	 */
	ModelInfo model(String name) {
		ModelInfo model = this.models.get(name);
		if (model == null) {
			throw QueryErrors.invalid("the schema has no model `" + name + "`; its models are " + this.models.keySet()
					+ ".");
		}
		return model;
	}

	/**
	 * @param table a table's name in the database
	 * @param column a column's name in it
	 * @return {@code Model.field} for messages, or the column's name when no model maps them
	 */
	String fieldLabel(String table, String column) {
		for (ModelInfo model : this.models.values()) {
			if (model.model().tableName().equals(table)) {
				for (FieldInfo field : model.fields()) {
					if (field.column().equals(column)) {
						return field.label();
					}
				}
			}
		}
		return column;
	}

	/**
	 * @param constraintName a unique constraint's or index's name in the database
	 * @return the model and key it belongs to, or {@code null}
	 */
	UniqueOwner uniqueConstraint(String constraintName) {
		return this.uniqueConstraints.get(constraintName);
	}

	/**
	 * A unique constraint's model and key.
	 *
	 * @param model the model
	 * @param key the key
	 */
	record UniqueOwner(ModelInfo model, UniqueKey key) {
	}
}
