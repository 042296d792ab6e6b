package dev.prismaspring.migrate.pull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.prismaspring.migrate.sql.Column;
import dev.prismaspring.migrate.sql.ColumnType;
import dev.prismaspring.migrate.sql.EnumType;
import dev.prismaspring.migrate.sql.ForeignKey;
import dev.prismaspring.migrate.sql.Index;
import dev.prismaspring.migrate.sql.IndexColumn;
import dev.prismaspring.migrate.sql.ReferentialAction;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.migrate.sql.Table;
import dev.prismaspring.schema.format.SchemaFormatter;
import dev.prismaspring.schema.model.ConstraintNames;

/**
 * Writes a database's structure as a Prisma schema, as {@code prisma db pull} does: a model per
 * table, relation fields on both sides of every foreign key, implicit many-to-many relations for
 * Prisma's {@code _AToB} join tables, enums, native types where they differ from a scalar's
 * default, and {@code @map}/{@code @@map} wherever a database name is not a valid schema name.
 * The result goes through the formatter.
 */
public final class SchemaPuller {

	private final SqlSchema schema;

	private final boolean multiSchema;

	private final Map<String, String> modelNames = new HashMap<>();

	private final Map<String, String> enumNames = new HashMap<>();

	private final Map<String, ModelText> models = new LinkedHashMap<>();

	private SchemaPuller(SqlSchema schema, boolean multiSchema) {
		this.schema = schema;
		this.multiSchema = multiSchema;
	}

	/**
	 * @param schema a database's structure in one schema (namespace), from the describer
	 * @return the schema text, formatted
	 */
	public static String pull(SqlSchema schema) {
		return new SchemaPuller(schema, false).write();
	}

	/**
	 * @param schema a database's structure, from the describer
	 * @param multiSchema whether to list the schemas in the datasource and place every model and enum
	 * with {@code @@schema}, as a datamodel with {@code schemas} does
	 * @return the schema text, formatted
	 */
	public static String pull(SqlSchema schema, boolean multiSchema) {
		return new SchemaPuller(schema, multiSchema).write();
	}

	private String write() {
		for (EnumType type : this.schema.enums()) {
			this.enumNames.put(type.name(), Names.identifier(type.name()));
		}
		List<Table> joinTables = new ArrayList<>();
		for (Table table : this.schema.tables()) {
			if (isImplicitJoinTable(table)) {
				joinTables.add(table);
			}
			else {
				this.modelNames.put(table.name(), Names.identifier(table.name()));
			}
		}
		for (Table table : this.schema.tables()) {
			if (!joinTables.contains(table)) {
				this.models.put(table.name(), new ModelText(table, this.modelNames.get(table.name())));
			}
		}
		this.models.values().forEach(this::columns);
		this.models.values().forEach(this::foreignKeys);
		joinTables.forEach(this::manyToMany);
		StringBuilder text = new StringBuilder("datasource db {\n  provider = \"postgresql\"\n");
		if (this.multiSchema) {
			text.append("  schemas  = [")
				.append(this.schema.namespaces().stream().map(Names::quoted).collect(Collectors.joining(", ")))
				.append("]\n");
		}
		text.append("}\n");
		for (EnumType type : this.schema.enums()) {
			text.append('\n').append(enumBlock(type));
		}
		for (ModelText model : this.models.values()) {
			text.append('\n').append(model.block());
		}
		return SchemaFormatter.format(text.toString(), "schema.prisma");
	}

	private String enumBlock(EnumType type) {
		StringBuilder text = new StringBuilder("enum ").append(this.enumNames.get(type.name())).append(" {\n");
		for (String value : type.values()) {
			String name = Names.identifier(value);
			text.append("  ").append(name);
			if (!name.equals(value)) {
				text.append(" @map(").append(Names.quoted(value)).append(')');
			}
			text.append('\n');
		}
		if (!this.enumNames.get(type.name()).equals(type.name())) {
			text.append("  @@map(").append(Names.quoted(type.name())).append(")\n");
		}
		if (this.multiSchema) {
			text.append("  @@schema(").append(Names.quoted(type.namespace())).append(")\n");
		}
		return text.append("}\n").toString();
	}

	private void columns(ModelText model) {
		Table table = model.table;
		List<String> primaryKey = (table.primaryKey() != null)
				? table.primaryKey().columns().stream().map(IndexColumn::name).toList() : List.of();
		for (Column column : table.columns()) {
			String name = model.claim(Names.identifier(column.name()));
			model.fieldNames.put(column.name(), name);
			StringBuilder line = new StringBuilder("  ").append(name).append(' ').append(fieldType(column));
			PrismaTypes types = (column.type().kind() == ColumnType.Kind.BUILT_IN) ? PrismaTypes.of(column.type()) : null;
			if (primaryKey.equals(List.of(column.name()))) {
				line.append(" @id");
				if (!table.primaryKey().name().equals(ConstraintNames.primaryKey(table.name()))) {
					line.append("(map: ").append(Names.quoted(table.primaryKey().name())).append(')');
				}
			}
			if (column.autoincrement()) {
				line.append(" @default(autoincrement())");
			}
			else if (column.defaultValue() != null) {
				line.append(" @default(")
					.append(DefaultWriter.write(column.defaultValue(), (types != null) ? types.scalar() : "String",
							column.type().kind() == ColumnType.Kind.ENUM))
					.append(')');
			}
			if (!name.equals(column.name())) {
				line.append(" @map(").append(Names.quoted(column.name())).append(')');
			}
			if (types != null && types.nativeType() != null) {
				line.append(" @db.").append(types.nativeType());
			}
			model.fields.add(line.toString());
		}
		if (primaryKey.size() > 1) {
			model.attributes.add("@@id(" + fieldList(model, table.primaryKey().columns())
					+ mapUnless(table.primaryKey().name(), ConstraintNames.primaryKey(table.name())) + ")");
		}
		for (Index index : table.indexes()) {
			List<String> columns = index.columns().stream().map(IndexColumn::name).toList();
			if (index.unique()) {
				String defaultName = ConstraintNames.unique(table.name(), columns);
				if (columns.size() == 1 && !index.columns().get(0).descending() && isPlain(index)) {
					List<String> arguments = new ArrayList<>();
					if (!index.name().equals(defaultName)) {
						arguments.add("map: " + Names.quoted(index.name()));
					}
					if (index.predicate() != null) {
						arguments.add(whereArgument(index));
					}
					model.fieldAttribute(columns.get(0), "@unique" + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")"));
				}
				else {
					model.attributes.add("@@unique(" + fieldList(model, index.columns())
							+ mapUnless(index.name(), defaultName) + method(index) + where(index) + ")");
				}
			}
			else {
				model.attributes.add("@@index(" + fieldList(model, index.columns())
						+ mapUnless(index.name(), ConstraintNames.index(table.name(), columns)) + method(index) + where(index)
						+ ")");
			}
		}
		if (table.primaryKey() == null && table.indexes().stream().noneMatch(Index::unique)) {
			model.attributes.add("@@ignore");
		}
		if (!model.name.equals(table.name())) {
			model.attributes.add("@@map(" + Names.quoted(table.name()) + ")");
		}
		if (this.multiSchema) {
			model.attributes.add("@@schema(" + Names.quoted(table.namespace()) + ")");
		}
	}

	// A partial index's predicate, as PostgreSQL prints it, kept as raw SQL.
	private static String whereArgument(Index index) {
		return "where: raw(" + Names.quoted(index.predicate()) + ")";
	}

	private static String where(Index index) {
		return (index.predicate() != null) ? ", " + whereArgument(index) : "";
	}

	private static boolean isPlain(Index index) {
		IndexColumn column = index.columns().get(0);
		return "BTREE".equals(index.method()) && (column.operatorClass() == null || column.defaultOperatorClass());
	}

	private static String method(Index index) {
		return "BTREE".equals(index.method()) ? "" : ", type: " + switch (index.method()) {
			case "HASH" -> "Hash";
			case "GIST" -> "Gist";
			case "GIN" -> "Gin";
			case "SPGIST" -> "SpGist";
			case "BRIN" -> "Brin";
			default -> index.method();
		};
	}

	private String fieldList(ModelText model, List<IndexColumn> columns) {
		return columns.stream().map((column) -> {
			String name = model.fieldNames.getOrDefault(column.name(), column.name());
			List<String> arguments = new ArrayList<>();
			if (column.descending()) {
				arguments.add("sort: Desc");
			}
			if (column.operatorClass() != null && !column.defaultOperatorClass()) {
				arguments.add("ops: raw(" + Names.quoted(column.operatorClass()) + ")");
			}
			return arguments.isEmpty() ? name : name + "(" + String.join(", ", arguments) + ")";
		}).collect(Collectors.joining(", ", "[", "]"));
	}

	private static String mapUnless(String name, String defaultName) {
		return name.equals(defaultName) ? "" : ", map: " + Names.quoted(name);
	}

	private String fieldType(Column column) {
		ColumnType type = column.type();
		String base = switch (type.kind()) {
			case ENUM -> this.enumNames.getOrDefault(type.name(), type.name());
			case UNSUPPORTED -> "Unsupported(" + Names.quoted(type.name()) + ")";
			case BUILT_IN -> {
				PrismaTypes types = PrismaTypes.of(type);
				yield (types != null) ? types.scalar() : "Unsupported(" + Names.quoted(type.toSql(false)) + ")";
			}
		};
		if (type.array()) {
			return base + "[]";
		}
		return column.nullable() ? base + "?" : base;
	}

	private void foreignKeys(ModelText child) {
		for (ForeignKey key : child.table.foreignKeys()) {
			ModelText parent = this.models.get(key.referencedTable());
			if (parent == null) {
				continue;
			}
			String relationName = needsName(child, parent)
					? child.name + "_" + String.join("_", key.columns()) + "To" + parent.name : null;
			boolean optional = key.columns().stream()
				.anyMatch((column) -> child.table.column(column).map(Column::nullable).orElse(false));
			boolean oneToOne = isUnique(child.table, key.columns());
			String childField = child.claim(child == parent ? parent.name + "_" + relationName
					: relationName == null ? parent.name : parent.name + "_" + relationName);
			List<String> arguments = new ArrayList<>();
			if (relationName != null) {
				arguments.add(Names.quoted(relationName));
			}
			arguments.add("fields: [" + key.columns().stream().map((c) -> child.fieldNames.getOrDefault(c, c))
				.collect(Collectors.joining(", ")) + "]");
			arguments.add("references: [" + key.referencedColumns().stream()
				.map((c) -> parent.fieldNames.getOrDefault(c, c))
				.collect(Collectors.joining(", ")) + "]");
			ReferentialAction defaultOnDelete = optional ? ReferentialAction.SET_NULL : ReferentialAction.RESTRICT;
			if (key.onDelete() != defaultOnDelete) {
				arguments.add("onDelete: " + action(key.onDelete()));
			}
			if (key.onUpdate() != ReferentialAction.CASCADE) {
				arguments.add("onUpdate: " + action(key.onUpdate()));
			}
			if (!key.name().equals(ConstraintNames.foreignKey(child.table.name(), key.columns()))) {
				arguments.add("map: " + Names.quoted(key.name()));
			}
			child.fields.add("  " + childField + " " + parent.name + (optional ? "?" : "") + " @relation("
					+ String.join(", ", arguments) + ")");
			String backField = parent.claim((relationName == null) ? child.name : child.name + "_" + relationName
					+ (child == parent ? "_back" : ""));
			parent.fields.add("  " + backField + " " + child.name + (oneToOne ? "?" : "[]")
					+ ((relationName != null) ? " @relation(" + Names.quoted(relationName) + ")" : ""));
		}
	}

	private boolean needsName(ModelText child, ModelText parent) {
		if (child == parent) {
			return true;
		}
		long between = child.table.foreignKeys().stream().filter((key) -> key.referencedTable().equals(parent.table.name())).count()
				+ parent.table.foreignKeys().stream().filter((key) -> key.referencedTable().equals(child.table.name())).count();
		return between > 1 || this.schema.tables().stream().anyMatch((table) -> isImplicitJoinTable(table)
				&& joins(table, child.table.name(), parent.table.name()));
	}

	private static boolean joins(Table joinTable, String a, String b) {
		Set<String> referenced = new HashSet<>();
		joinTable.foreignKeys().forEach((key) -> referenced.add(key.referencedTable()));
		return referenced.equals(Set.of(a, b));
	}

	private static boolean isUnique(Table table, List<String> columns) {
		Set<String> wanted = new HashSet<>(columns);
		if (table.primaryKey() != null && wanted.equals(
				table.primaryKey().columns().stream().map(IndexColumn::name).collect(Collectors.toSet()))) {
			return true;
		}
		return table.indexes().stream().anyMatch((index) -> index.unique() && index.predicate() == null
				&& wanted.equals(index.columns().stream().map(IndexColumn::name).collect(Collectors.toSet())));
	}

	private static String action(ReferentialAction action) {
		return switch (action) {
			case CASCADE -> "Cascade";
			case RESTRICT -> "Restrict";
			case NO_ACTION -> "NoAction";
			case SET_NULL -> "SetNull";
			case SET_DEFAULT -> "SetDefault";
		};
	}

	// Prisma's join table of an implicit many-to-many relation: _Name(A, B), A and B both foreign keys.
	private boolean isImplicitJoinTable(Table table) {
		if (!table.name().startsWith("_") || table.columns().size() != 2
				|| !table.columns().get(0).name().equals("A") || !table.columns().get(1).name().equals("B")) {
			return false;
		}
		Optional<ForeignKey> a = table.foreignKeys().stream().filter((key) -> key.columns().equals(List.of("A"))).findFirst();
		Optional<ForeignKey> b = table.foreignKeys().stream().filter((key) -> key.columns().equals(List.of("B"))).findFirst();
		return a.isPresent() && b.isPresent() && table.foreignKeys().size() == 2
				&& a.get().referencedTable().compareTo(b.get().referencedTable()) <= 0;
	}

	private void manyToMany(Table table) {
		ForeignKey a = table.foreignKeys().stream().filter((key) -> key.columns().equals(List.of("A"))).findFirst().orElseThrow();
		ForeignKey b = table.foreignKeys().stream().filter((key) -> key.columns().equals(List.of("B"))).findFirst().orElseThrow();
		ModelText modelA = this.models.get(a.referencedTable());
		ModelText modelB = this.models.get(b.referencedTable());
		String relationName = table.name().substring(1);
		String defaultName = (modelA.name.compareTo(modelB.name) <= 0) ? modelA.name + "To" + modelB.name
				: modelB.name + "To" + modelA.name;
		String attribute = (relationName.equals(defaultName) && modelA != modelB) ? ""
				: " @relation(" + Names.quoted(relationName) + ")";
		String fieldOnA = modelA.claim((modelA == modelB) ? modelA.name + "_A" : modelB.name);
		modelA.fields.add("  " + fieldOnA + " " + modelB.name + "[]" + attribute);
		String fieldOnB = modelB.claim((modelA == modelB) ? modelA.name + "_B" : modelA.name);
		modelB.fields.add("  " + fieldOnB + " " + modelA.name + "[]" + attribute);
	}

	private static final String COMMENTS_NOTICE = "/// This model or at least one of its fields has comments in the database,"
			+ " and requires an additional setup for migrations: Read more: https://pris.ly/d/database-comments";

	/** The lines of one model, built up as tables, keys and relations are read. */
	private static final class ModelText {

		private final Table table;

		private final String name;

		private final List<String> fields = new ArrayList<>();

		private final List<String> attributes = new ArrayList<>();

		private final Map<String, String> fieldNames = new HashMap<>();

		private final Set<String> used = new HashSet<>();

		ModelText(Table table, String name) {
			this.table = table;
			this.name = name;
		}

		String claim(String wanted) {
			String name = wanted;
			int suffix = 2;
			while (!this.used.add(name)) {
				name = wanted + suffix++;
			}
			return name;
		}

		void fieldAttribute(String column, String attribute) {
			String field = this.fieldNames.get(column);
			for (int i = 0; i < this.fields.size(); i++) {
				String line = this.fields.get(i);
				if (line.startsWith("  " + field + " ")) {
					this.fields.set(i, line + " " + attribute);
					return;
				}
			}
		}

		String block() {
			StringBuilder text = new StringBuilder();
			if (this.table.comment() != null || this.table.columns().stream().anyMatch((column) -> column.comment() != null)) {
				// Prisma's notice, word for word, so that a pulled schema reads the same as Prisma's
				text.append(COMMENTS_NOTICE).append('\n');
			}
			text.append("model ").append(this.name).append(" {\n");
			this.fields.forEach((line) -> text.append(line).append('\n'));
			if (!this.attributes.isEmpty()) {
				text.append('\n');
				this.attributes.forEach((line) -> text.append("  ").append(line).append('\n'));
			}
			return text.append("}\n").toString();
		}
	}
}
