package dev.prismaspring.migrate.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.prismaspring.migrate.diff.MigrationStep;
import dev.prismaspring.migrate.sql.Column;
import dev.prismaspring.migrate.sql.EnumType;
import dev.prismaspring.migrate.sql.Extension;
import dev.prismaspring.migrate.sql.ForeignKey;
import dev.prismaspring.migrate.sql.Index;
import dev.prismaspring.migrate.sql.IndexColumn;
import dev.prismaspring.migrate.sql.SqlIdentifiers;
import dev.prismaspring.migrate.sql.SqlLiterals;
import dev.prismaspring.migrate.sql.Table;

/**
 * Writes migration steps as Prisma's migration scripts read: each statement under a
 * {@code -- StepName} comment, blank lines between them, every identifier through
 * {@link SqlIdentifiers#quote(String)}.
 */
public final class MigrationRenderer {

	/** What Prisma writes when there is nothing to do. */
	public static final String EMPTY_MIGRATION = "-- This is an empty migration.";

	private final boolean qualifyNames;

	/**
	 * @param qualifyNames whether to write {@code "schema"."name"}, as Prisma does when the datasource lists
	 * {@code schemas}
	 */
	public MigrationRenderer(boolean qualifyNames) {
		this.qualifyNames = qualifyNames;
	}

	/**
	 * @param steps ordered steps
	 * @return the script, ending in a newline
	 */
	public String render(List<MigrationStep> steps) {
		if (steps.isEmpty()) {
			return EMPTY_MIGRATION + "\n";
		}
		List<String> sections = new ArrayList<>(steps.size());
		for (MigrationStep step : steps) {
			sections.add("-- " + step.label() + "\n" + statement(step) + "\n");
		}
		return String.join("\n", sections);
	}

	/**
	 * @param steps ordered steps
	 * @param warnings what the steps would lose or could not do; listed in a comment at the top, as
	 * Prisma's {@code migrate dev} writes them
	 * @return the script, ending in a newline
	 */
	public String render(List<MigrationStep> steps, List<String> warnings) {
		String script = render(steps);
		if (warnings.isEmpty()) {
			return script;
		}
		StringBuilder header = new StringBuilder("/*\n  Warnings:\n\n");
		for (String warning : warnings) {
			header.append("  - ").append(warning).append('\n');
		}
		return header.append("\n*/\n").append(script).toString();
	}

	private String statement(MigrationStep step) {
		if (step instanceof MigrationStep.CreateSchema createSchema) {
			return "CREATE SCHEMA IF NOT EXISTS " + SqlIdentifiers.quote(createSchema.namespace()) + ";";
		}
		if (step instanceof MigrationStep.CreateExtension createExtension) {
			return createExtension(createExtension.extension());
		}
		if (step instanceof MigrationStep.CreateEnum createEnum) {
			EnumType type = createEnum.type();
			return "CREATE TYPE " + name(type.namespace(), type.name()) + " AS ENUM ("
					+ type.values().stream().map(SqlLiterals::quote).collect(Collectors.joining(", ")) + ");";
		}
		if (step instanceof MigrationStep.AlterEnum alterEnum) {
			EnumType type = alterEnum.before();
			return alterEnum.addedValues()
				.stream()
				.map((value) -> "ALTER TYPE " + name(type.namespace(), type.name()) + " ADD VALUE " + SqlLiterals.quote(value) + ";")
				.collect(Collectors.joining("\n"));
		}
		if (step instanceof MigrationStep.RecreateEnum recreateEnum) {
			return recreateEnum(recreateEnum);
		}
		if (step instanceof MigrationStep.DropEnum dropEnum) {
			return "DROP TYPE " + name(dropEnum.type().namespace(), dropEnum.type().name()) + ";";
		}
		if (step instanceof MigrationStep.CreateTable createTable) {
			return createTable(createTable.table());
		}
		if (step instanceof MigrationStep.DropTable dropTable) {
			return "DROP TABLE " + tableName(dropTable.table()) + ";";
		}
		if (step instanceof MigrationStep.AlterTable alterTable) {
			return AlterTableRenderer.render(tableName(alterTable.table()), alterTable, this::columnType);
		}
		if (step instanceof MigrationStep.CreateIndex createIndex) {
			return createIndex(createIndex.table(), createIndex.index());
		}
		if (step instanceof MigrationStep.DropIndex dropIndex) {
			return "DROP INDEX " + name(dropIndex.table().namespace(), dropIndex.index().name()) + ";";
		}
		if (step instanceof MigrationStep.RenameIndex renameIndex) {
			return "ALTER INDEX " + name(renameIndex.table().namespace(), renameIndex.from()) + " RENAME TO "
					+ SqlIdentifiers.quote(renameIndex.to()) + ";";
		}
		if (step instanceof MigrationStep.RenameForeignKey renameForeignKey) {
			return "ALTER TABLE " + tableName(renameForeignKey.table()) + " RENAME CONSTRAINT "
					+ SqlIdentifiers.quote(renameForeignKey.from()) + " TO " + SqlIdentifiers.quote(renameForeignKey.to())
					+ ";";
		}
		if (step instanceof MigrationStep.AddForeignKey addForeignKey) {
			return addForeignKey(addForeignKey.table(), addForeignKey.foreignKey());
		}
		MigrationStep.DropForeignKey dropForeignKey = (MigrationStep.DropForeignKey) step;
		return "ALTER TABLE " + tableName(dropForeignKey.table()) + " DROP CONSTRAINT "
				+ SqlIdentifiers.quote(dropForeignKey.foreignKey().name()) + ";";
	}

	private String recreateEnum(MigrationStep.RecreateEnum step) {
		EnumType before = step.before();
		String type = name(before.namespace(), before.name());
		String newType = name(before.namespace(), before.name() + "_new");
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN;");
		lines.add("CREATE TYPE " + newType + " AS ENUM ("
				+ step.after().values().stream().map(SqlLiterals::quote).collect(Collectors.joining(", ")) + ");");
		for (MigrationStep.EnumUsage usage : step.usages()) {
			String column = SqlIdentifiers.quote(usage.before().name());
			String alter = "ALTER TABLE " + tableName(usage.table()) + " ALTER COLUMN " + column;
			if (usage.before().defaultValue() != null) {
				lines.add(alter + " DROP DEFAULT;");
			}
			String array = usage.before().type().array() ? "[]" : "";
			lines.add(alter + " TYPE " + newType + array + " USING (" + column + "::text" + array + "::" + newType
					+ array + ");");
		}
		lines.add("ALTER TYPE " + type + " RENAME TO " + SqlIdentifiers.quote(before.name() + "_old") + ";");
		lines.add("ALTER TYPE " + newType + " RENAME TO " + SqlIdentifiers.quote(before.name()) + ";");
		lines.add("DROP TYPE " + name(before.namespace(), before.name() + "_old") + ";");
		for (MigrationStep.EnumUsage usage : step.usages()) {
			if (usage.after().defaultValue() != null) {
				lines.add("ALTER TABLE " + tableName(usage.table()) + " ALTER COLUMN "
						+ SqlIdentifiers.quote(usage.after().name()) + " SET DEFAULT " + usage.after().defaultValue().sql()
						+ ";");
			}
		}
		lines.add("COMMIT;");
		return String.join("\n", lines);
	}

	private static String createExtension(Extension extension) {
		StringBuilder sql = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(SqlIdentifiers.quote(extension.name()));
		if (extension.namespace() != null) {
			sql.append(" WITH SCHEMA ").append(SqlIdentifiers.quote(extension.namespace()));
		}
		if (extension.version() != null) {
			sql.append(" VERSION ").append(SqlLiterals.quote(extension.version()));
		}
		return sql.append(';').toString();
	}

	private String createTable(Table table) {
		List<String> lines = new ArrayList<>();
		for (Column column : table.columns()) {
			lines.add("    " + column(column));
		}
		StringBuilder sql = new StringBuilder("CREATE TABLE ").append(tableName(table)).append(" (\n");
		sql.append(String.join(",\n", lines));
		if (table.primaryKey() != null) {
			sql.append(",\n\n    CONSTRAINT ")
				.append(SqlIdentifiers.quote(table.primaryKey().name()))
				.append(" PRIMARY KEY (")
				.append(table.primaryKey().columns().stream().map((c) -> SqlIdentifiers.quote(c.name()))
					.collect(Collectors.joining(",")))
				.append(')');
		}
		return sql.append("\n);").toString();
	}

	String column(Column column) {
		StringBuilder sql = new StringBuilder(SqlIdentifiers.quote(column.name())).append(' ').append(columnType(column));
		if (!column.nullable()) {
			sql.append(" NOT NULL");
		}
		if (column.defaultValue() != null && !column.autoincrement()) {
			sql.append(" DEFAULT ").append(column.defaultValue().sql());
		}
		return sql.toString();
	}

	String columnType(Column column) {
		if (column.autoincrement() && !column.type().array()) {
			switch (column.type().name()) {
				case "INTEGER":
					return "SERIAL";
				case "BIGINT":
					return "BIGSERIAL";
				case "SMALLINT":
					return "SMALLSERIAL";
				default:
					break;
			}
		}
		return column.type().toSql(this.qualifyNames);
	}

	private String createIndex(Table table, Index index) {
		StringBuilder sql = new StringBuilder("CREATE ");
		if (index.unique()) {
			sql.append("UNIQUE ");
		}
		sql.append("INDEX ").append(SqlIdentifiers.quote(index.name())).append(" ON ").append(tableName(table));
		if (!"BTREE".equals(index.method())) {
			sql.append(" USING ").append(index.method()).append(' ');
		}
		sql.append('(')
			.append(index.columns().stream().map(MigrationRenderer::indexColumn).collect(Collectors.joining(", ")))
			.append(')');
		if (index.predicate() != null) {
			sql.append(" WHERE ").append(index.predicate());
		}
		return sql.append(';').toString();
	}

	private static String indexColumn(IndexColumn column) {
		StringBuilder sql = new StringBuilder(SqlIdentifiers.quote(column.name()));
		if (column.operatorClass() != null && !column.defaultOperatorClass()) {
			sql.append(' ').append(column.operatorClass());
		}
		if (column.descending()) {
			sql.append(" DESC");
		}
		return sql.toString();
	}

	private String addForeignKey(Table table, ForeignKey key) {
		return "ALTER TABLE " + tableName(table) + " ADD CONSTRAINT " + SqlIdentifiers.quote(key.name())
				+ " FOREIGN KEY (" + quotedList(key.columns()) + ") REFERENCES "
				+ name(key.referencedNamespace(), key.referencedTable()) + "(" + quotedList(key.referencedColumns())
				+ ") ON DELETE " + key.onDelete().sql() + " ON UPDATE " + key.onUpdate().sql() + ";";
	}

	private static String quotedList(List<String> names) {
		return names.stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", "));
	}

	private String tableName(Table table) {
		return name(table.namespace(), table.name());
	}

	private String name(String namespace, String name) {
		return this.qualifyNames ? SqlIdentifiers.qualified(namespace, name) : SqlIdentifiers.quote(name);
	}
}
