package dev.prismaspring.schema.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.ast.StringLiteral;

/** Resolves one model or view block: columns, keys, indexes and the foreign-key side of relations. */
final class ModelBuilder {

	private final Block block;

	private final Set<String> modelNames;

	private final Set<String> enumNames;

	private final String datasourceName;

	private final String tableName;

	ModelBuilder(Block block, Set<String> modelNames, Set<String> enumNames, String datasourceName) {
		this.block = block;
		this.modelNames = modelNames;
		this.enumNames = enumNames;
		this.datasourceName = datasourceName;
		String mapped = Expressions.text(Expressions.argument(blockAttribute("map"), "name", 0));
		this.tableName = (mapped != null) ? mapped : block.name().name();
	}

	Model build() {
		List<ModelField> fields = new ArrayList<>();
		for (Field field : this.block.fields()) {
			if (field.type() == null) {
				continue;
			}
			fields.add(isRelation(field) ? relationField(field) : scalarField(field));
		}
		String schema = Expressions.text(Expressions.argument(blockAttribute("schema"), "", 0));
		return new Model(this.block.name().name(), this.tableName, schema, fields, primaryKey(), indexes(),
				blockAttribute("ignore") != null, this.block.kind() == BlockKind.VIEW, this.block.documentation());
	}

	private boolean isRelation(Field field) {
		return !field.type().isUnsupported() && this.modelNames.contains(field.type().name());
	}

	private ScalarField scalarField(Field field) {
		ScalarField.Kind kind = field.type().isUnsupported() ? ScalarField.Kind.UNSUPPORTED
				: this.enumNames.contains(field.type().name()) ? ScalarField.Kind.ENUM : ScalarField.Kind.SCALAR;
		String typeName = field.type().isUnsupported() ? field.type().unsupported().value() : field.type().name();
		Attribute defaultAttribute = field.attribute("default");
		DefaultValue defaultValue = defaultValue(Expressions.argument(defaultAttribute, "value", 0));
		String defaultName = Expressions.text(Expressions.argument(defaultAttribute, "map", -1));
		return new ScalarField(field.name().name(), columnName(field), kind, typeName, field.type().arity(),
				nativeType(field), defaultValue, defaultName, field.attribute("updatedAt") != null,
				field.attribute("ignore") != null, field.documentation());
	}

	private NativeType nativeType(Field field) {
		String prefix = this.datasourceName + ".";
		for (Attribute attribute : field.attributes()) {
			if (attribute.name().startsWith(prefix)) {
				List<String> arguments = attribute.argumentList()
					.stream()
					.map((argument) -> Expressions.text(argument.value()))
					.toList();
				return new NativeType(attribute.name().substring(prefix.length()), arguments);
			}
		}
		return null;
	}

	static DefaultValue defaultValue(Expression expression) {
		if (expression == null) {
			return null;
		}
		if (expression instanceof StringLiteral literal) {
			return new DefaultValue.Text(literal.value());
		}
		if (expression instanceof NumericLiteral number) {
			return new DefaultValue.Number(number.raw());
		}
		if (expression instanceof ConstantValue constant) {
			return switch (constant.value()) {
				case "true" -> new DefaultValue.Bool(true);
				case "false" -> new DefaultValue.Bool(false);
				default -> new DefaultValue.EnumConstant(constant.value());
			};
		}
		if (expression instanceof ArrayExpression array) {
			return new DefaultValue.ListValue(array.elements().stream().map(ModelBuilder::defaultValue).toList());
		}
		FunctionCall call = (FunctionCall) expression;
		List<String> arguments = call.argumentList()
			.stream()
			.map((argument) -> Expressions.text(argument.value()))
			.toList();
		if (arguments.isEmpty() && call.name().equals("uuid")) {
			arguments = List.of("4");
		}
		else if (arguments.isEmpty() && call.name().equals("cuid")) {
			arguments = List.of("1");
		}
		return new DefaultValue.Function(call.name(), arguments);
	}

	private RelationField relationField(Field field) {
		Attribute relation = field.attribute("relation");
		String related = field.type().name();
		String name = Expressions.text(Expressions.argument(relation, "name", 0));
		if (name == null) {
			name = defaultRelationName(this.block.name().name(), related);
		}
		List<String> fields = Expressions.texts(Expressions.argument(relation, "fields", -1));
		List<String> references = Expressions.texts(Expressions.argument(relation, "references", -1));
		ReferentialAction onDelete = null;
		ReferentialAction onUpdate = null;
		String foreignKeyName = null;
		if (!fields.isEmpty()) {
			onDelete = action(relation, "onDelete", anyOptional(fields) ? ReferentialAction.SET_NULL
					: ReferentialAction.RESTRICT);
			onUpdate = action(relation, "onUpdate", ReferentialAction.CASCADE);
			foreignKeyName = Expressions.text(Expressions.argument(relation, "map", -1));
			if (foreignKeyName == null) {
				foreignKeyName = ConstraintNames.foreignKey(this.tableName, columnNames(fields));
			}
		}
		return new RelationField(field.name().name(), related, field.type().arity(), name, fields, references,
				onDelete, onUpdate, foreignKeyName, field.attribute("ignore") != null, field.documentation());
	}

	static String defaultRelationName(String model, String related) {
		return (model.compareTo(related) <= 0) ? model + "To" + related : related + "To" + model;
	}

	private static ReferentialAction action(Attribute relation, String argument, ReferentialAction otherwise) {
		String written = Expressions.text(Expressions.argument(relation, argument, -1));
		return (written != null) ? ReferentialAction.fromSchemaName(written) : otherwise;
	}

	private boolean anyOptional(List<String> fieldNames) {
		for (String fieldName : fieldNames) {
			Field field = this.block.field(fieldName);
			if (field != null && field.type() != null && field.type().arity() == Arity.OPTIONAL) {
				return true;
			}
		}
		return false;
	}

	private PrimaryKey primaryKey() {
		for (Field field : this.block.fields()) {
			Attribute id = field.attribute("id");
			if (id != null) {
				String map = Expressions.text(Expressions.argument(id, "map", -1));
				List<IndexField> fields = List.of(new IndexField(field.name().name(), columnName(field),
						isDescending(Expressions.argument(id, "sort", -1)), null));
				return new PrimaryKey(null, (map != null) ? map : ConstraintNames.primaryKey(this.tableName), fields,
						true);
			}
		}
		Attribute id = blockAttribute("id");
		if (id == null) {
			return null;
		}
		String map = Expressions.text(Expressions.argument(id, "map", -1));
		return new PrimaryKey(Expressions.text(Expressions.argument(id, "name", -1)),
				(map != null) ? map : ConstraintNames.primaryKey(this.tableName),
				indexFields(Expressions.argument(id, "fields", 0)), false);
	}

	private List<IndexDefinition> indexes() {
		List<IndexDefinition> indexes = new ArrayList<>();
		for (Field field : this.block.fields()) {
			Attribute unique = field.attribute("unique");
			if (unique != null) {
				String map = Expressions.text(Expressions.argument(unique, "map", -1));
				String column = columnName(field);
				List<IndexField> fields = List.of(new IndexField(field.name().name(), column,
						isDescending(Expressions.argument(unique, "sort", -1)), null));
				indexes.add(new IndexDefinition(true, null,
						(map != null) ? map : ConstraintNames.unique(this.tableName, List.of(column)), fields, null,
						Expressions.rawOrText(Expressions.argument(unique, "where", -1)), true));
			}
		}
		// Prisma's order: field-level @unique, then every @@index, then every @@unique
		addBlockIndexes(indexes, "index");
		addBlockIndexes(indexes, "unique");
		return indexes;
	}

	private void addBlockIndexes(List<IndexDefinition> indexes, String attributeName) {
		boolean unique = attributeName.equals("unique");
		for (BlockAttribute attribute : this.block.attributes()) {
			if (!attribute.name().equals(attributeName)) {
				continue;
			}
			Attribute definition = attribute.attribute();
			List<IndexField> fields = indexFields(Expressions.argument(definition, "fields", 0));
			List<String> columns = fields.stream().map(IndexField::columnName).toList();
			String map = Expressions.text(Expressions.argument(definition, "map", -1));
			String name = Expressions.text(Expressions.argument(definition, "name", -1));
			if (!unique && map == null) {
				map = name;
				name = null;
			}
			String databaseName = (map != null) ? map
					: unique ? ConstraintNames.unique(this.tableName, columns)
							: ConstraintNames.index(this.tableName, columns);
			indexes.add(new IndexDefinition(unique, name, databaseName, fields,
					Expressions.text(Expressions.argument(definition, "type", -1)),
					Expressions.rawOrText(Expressions.argument(definition, "where", -1)), false));
		}
	}

	private List<IndexField> indexFields(Expression list) {
		List<IndexField> fields = new ArrayList<>();
		for (Expression element : Expressions.elements(list)) {
			String name;
			boolean descending = false;
			String operatorClass = null;
			if (element instanceof FunctionCall call) {
				name = call.name();
				descending = isDescending(Expressions.argument(call.argumentList(), "sort", -1));
				Expression ops = Expressions.argument(call.argumentList(), "ops", -1);
				if (ops instanceof FunctionCall) {
					operatorClass = Expressions.rawOrText(ops);
				}
				else if (ops != null) {
					operatorClass = OperatorClasses.databaseName(Expressions.text(ops));
				}
			}
			else {
				name = Expressions.text(element);
			}
			Field field = this.block.field(name);
			fields.add(new IndexField(name, (field != null) ? columnName(field) : name, descending, operatorClass));
		}
		return fields;
	}

	private static boolean isDescending(Expression sort) {
		return "Desc".equals(Expressions.text(sort));
	}

	private List<String> columnNames(List<String> fieldNames) {
		List<String> columns = new ArrayList<>(fieldNames.size());
		for (String fieldName : fieldNames) {
			Field field = this.block.field(fieldName);
			columns.add((field != null) ? columnName(field) : fieldName);
		}
		return columns;
	}

	private static String columnName(Field field) {
		String mapped = Expressions.text(Expressions.argument(field.attribute("map"), "name", 0));
		return (mapped != null) ? mapped : field.name().name();
	}

	private Attribute blockAttribute(String name) {
		for (BlockAttribute attribute : this.block.attributes()) {
			if (attribute.name().equals(name)) {
				return attribute.attribute();
			}
		}
		return null;
	}
}
