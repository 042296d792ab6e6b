package dev.prismaspring.migrate.calculate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.migrate.sql.Column;
import dev.prismaspring.migrate.sql.ColumnType;
import dev.prismaspring.migrate.sql.EnumType;
import dev.prismaspring.migrate.sql.Extension;
import dev.prismaspring.migrate.sql.ForeignKey;
import dev.prismaspring.migrate.sql.Index;
import dev.prismaspring.migrate.sql.IndexColumn;
import dev.prismaspring.migrate.sql.PrimaryKey;
import dev.prismaspring.migrate.sql.ReferentialAction;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.migrate.sql.Table;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.schema.model.Datasource;
import dev.prismaspring.schema.model.IndexDefinition;
import dev.prismaspring.schema.model.IndexField;
import dev.prismaspring.schema.model.Model;
import dev.prismaspring.schema.model.Relation;
import dev.prismaspring.schema.model.RelationField;
import dev.prismaspring.schema.model.RelationMode;
import dev.prismaspring.schema.model.ScalarField;

/**
 * Works out the database structure Prisma creates for a data model on PostgreSQL: one table per
 * model (views and their fields are left out), a join table {@code _Name} per implicit
 * many-to-many relation, enums, extensions, and foreign keys unless {@code relationMode = "prisma"}.
 */
public final class SqlSchemaCalculator {

	private final Datamodel datamodel;

	private final String defaultNamespace;

	private final Map<String, Model> modelsByName = new HashMap<>();

	private final Map<String, dev.prismaspring.schema.model.EnumType> enumsByName = new HashMap<>();

	private SqlSchemaCalculator(Datamodel datamodel, String defaultNamespace) {
		this.datamodel = datamodel;
		this.defaultNamespace = defaultNamespace;
		datamodel.models().forEach((model) -> this.modelsByName.putIfAbsent(model.name(), model));
		datamodel.enums().forEach((type) -> this.enumsByName.putIfAbsent(type.name(), type));
	}

	/**
	 * @param datamodel a resolved data model
	 * @param defaultNamespace the schema of models without {@code @@schema}: the connection URL's
	 * {@code schema} parameter, else {@code public}
	 * @return the SQL schema Prisma would create
	 */
	public static SqlSchema calculate(Datamodel datamodel, String defaultNamespace) {
		return new SqlSchemaCalculator(datamodel, defaultNamespace).calculate();
	}

	private SqlSchema calculate() {
		List<Table> tables = new ArrayList<>();
		for (Model model : this.datamodel.models()) {
			if (!model.view()) {
				tables.add(table(model));
			}
		}
		// join tables in the order of their A side: the model's declaration, then the field's
		List<Relation> manyToMany = new ArrayList<>(this.datamodel.relations()
			.stream()
			.filter((relation) -> relation.kind() == Relation.Kind.MANY_TO_MANY)
			.toList());
		Map<String, Integer> positions = new HashMap<>();
		List<Model> models = this.datamodel.models();
		for (int i = 0; i < models.size(); i++) {
			positions.putIfAbsent(models.get(i).name(), i);
		}
		manyToMany.sort(Comparator.comparingInt((Relation relation) -> positions.get(relation.modelA()))
			.thenComparingInt((relation) -> model(relation.modelA()).fields().indexOf(relation.fieldA())));
		for (Relation relation : manyToMany) {
			tables.add(joinTable(relation));
		}
		List<EnumType> enums = this.datamodel.enums()
			.stream()
			.map((type) -> new EnumType(namespace(type.schema()), type.databaseName(),
					type.values().stream().map(dev.prismaspring.schema.model.EnumType.Value::databaseName).toList()))
			.toList();
		return new SqlSchema(namespaces(), extensions(), enums, tables, List.of());
	}

	private List<String> namespaces() {
		Datasource datasource = this.datamodel.datasource();
		if (datasource != null && !datasource.schemas().isEmpty()) {
			return datasource.schemas();
		}
		return List.of(this.defaultNamespace);
	}

	private List<Extension> extensions() {
		Datasource datasource = this.datamodel.datasource();
		if (datasource == null) {
			return List.of();
		}
		return datasource.extensions()
			.stream()
			.map((extension) -> new Extension(extension.databaseName(), extension.schema(), extension.version()))
			.sorted(Comparator.comparing(Extension::name))
			.toList();
	}

	private String namespace(String schema) {
		return (schema != null) ? schema : this.defaultNamespace;
	}

	private Table table(Model model) {
		List<Column> columns = new ArrayList<>();
		for (ScalarField field : model.scalarFields()) {
			columns.add(column(field));
		}
		PrimaryKey primaryKey = null;
		if (model.primaryKey() != null) {
			primaryKey = new PrimaryKey(model.primaryKey().constraintName(), indexColumns(model.primaryKey().fields()));
		}
		List<Index> indexes = new ArrayList<>();
		for (IndexDefinition index : model.indexes()) {
			indexes.add(new Index(index.databaseName(), index.unique(), indexColumns(index.fields()),
					(index.method() != null) ? index.method().toUpperCase() : "BTREE", index.predicate()));
		}
		List<ForeignKey> foreignKeys = new ArrayList<>();
		if (this.datamodel.relationMode() == RelationMode.FOREIGN_KEYS) {
			for (RelationField field : model.relationFields()) {
				if (field.holdsForeignKey()) {
					foreignKeys.add(foreignKey(model, field));
				}
			}
		}
		return new Table(namespace(model.schema()), model.tableName(), columns, primaryKey, indexes, foreignKeys,
				List.of(), null);
	}

	private Column column(ScalarField field) {
		dev.prismaspring.schema.model.EnumType enumType = (field.kind() == ScalarField.Kind.ENUM)
				? this.enumsByName.get(field.typeName()) : null;
		ColumnType type = ColumnTypes.of(field, enumType, (enumType != null) ? namespace(enumType.schema()) : null);
		boolean nullable = field.arity() != Arity.REQUIRED;
		return new Column(field.columnName(), type, nullable, DefaultValues.of(field, enumType, type),
				field.isAutoincrement(), null);
	}

	private static List<IndexColumn> indexColumns(List<IndexField> fields) {
		return fields.stream()
			.map((field) -> new IndexColumn(field.columnName(), field.descending(), field.operatorClass(), false))
			.toList();
	}

	private ForeignKey foreignKey(Model model, RelationField field) {
		Model related = model(field.relatedModel());
		return new ForeignKey(field.foreignKeyName(), columnNames(model, field.fields()), namespace(related.schema()),
				related.tableName(), columnNames(related, field.references()), action(field.onDelete()),
				action(field.onUpdate()));
	}

	private static List<String> columnNames(Model model, List<String> fieldNames) {
		return fieldNames.stream()
			.map((name) -> model.scalarField(name).map(ScalarField::columnName).orElse(name))
			.toList();
	}

	private static ReferentialAction action(dev.prismaspring.schema.model.ReferentialAction action) {
		return ReferentialAction.valueOf(action.name());
	}

	private Table joinTable(Relation relation) {
		Model modelA = model(relation.modelA());
		Model modelB = model(relation.modelB());
		String name = relation.joinTableName();
		List<Column> columns = List.of(joinColumn("A", modelA), joinColumn("B", modelB));
		PrimaryKey primaryKey = new PrimaryKey(name + "_AB_pkey", List.of(IndexColumn.of("A"), IndexColumn.of("B")));
		Index index = new Index(name + "_B_index", false, List.of(IndexColumn.of("B")), "BTREE", null);
		List<ForeignKey> foreignKeys = (this.datamodel.relationMode() == RelationMode.FOREIGN_KEYS)
				? List.of(joinForeignKey(name, "A", modelA), joinForeignKey(name, "B", modelB)) : List.of();
		return new Table(namespace(modelA.schema()), name, columns, primaryKey, List.of(index), foreignKeys, List.of(),
				null);
	}

	private Column joinColumn(String name, Model model) {
		ScalarField id = idField(model);
		Column column = column(id);
		return new Column(name, column.type(), false, null, false, null);
	}

	private ForeignKey joinForeignKey(String table, String column, Model model) {
		return new ForeignKey(table + "_" + column + "_fkey", List.of(column), namespace(model.schema()),
				model.tableName(), List.of(idField(model).columnName()), ReferentialAction.CASCADE,
				ReferentialAction.CASCADE);
	}

	private Model model(String name) {
		return this.modelsByName.get(name);
	}

	private static ScalarField idField(Model model) {
		String name = model.primaryKey().fields().get(0).name();
		return model.scalarField(name).orElseThrow();
	}
}
