package dev.prismaspring.migrate.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.prismaspring.migrate.diff.MigrationStep;
import dev.prismaspring.migrate.sql.Column;
import dev.prismaspring.migrate.sql.SqlIdentifiers;

/** One {@code ALTER TABLE} with its clauses on separate lines, as Prisma writes it. */
final class AlterTableRenderer {

	private AlterTableRenderer() {
	}

	static String render(String tableName, MigrationStep.AlterTable step, Function<Column, String> columnType) {
		List<String> clauses = new ArrayList<>();
		if (step.droppedPrimaryKey() != null) {
			clauses.add("DROP CONSTRAINT " + SqlIdentifiers.quote(step.droppedPrimaryKey().name()));
		}
		for (Column column : step.dropped()) {
			clauses.add("DROP COLUMN " + SqlIdentifiers.quote(column.name()));
		}
		for (Column column : step.added()) {
			StringBuilder clause = new StringBuilder("ADD COLUMN     ").append(SqlIdentifiers.quote(column.name()))
				.append(' ')
				.append(columnType.apply(column));
			if (!column.nullable()) {
				clause.append(" NOT NULL");
			}
			if (column.defaultValue() != null && !column.autoincrement()) {
				clause.append(" DEFAULT ").append(column.defaultValue().sql());
			}
			clauses.add(clause.toString());
		}
		for (MigrationStep.ColumnChange change : step.changed()) {
			String name = SqlIdentifiers.quote(change.after().name());
			Column after = change.after();
			// Prisma's order: nullability, then the default, then the type
			if (change.nullabilityChanged() && !after.nullable()) {
				clauses.add("ALTER COLUMN " + name + " SET NOT NULL");
			}
			else if (change.nullabilityChanged()) {
				clauses.add("ALTER COLUMN " + name + " DROP NOT NULL");
			}
			if (change.defaultChanged()) {
				clauses.add((after.defaultValue() == null) ? "ALTER COLUMN " + name + " DROP DEFAULT"
						: "ALTER COLUMN " + name + " SET DEFAULT " + after.defaultValue().sql());
			}
			if (change.typeChanged()) {
				clauses.add("ALTER COLUMN " + name + " SET DATA TYPE " + after.type().toSql(false));
			}
		}
		if (step.addedPrimaryKey() != null) {
			clauses.add("ADD CONSTRAINT " + SqlIdentifiers.quote(step.addedPrimaryKey().name()) + " PRIMARY KEY ("
					+ step.addedPrimaryKey()
						.columns()
						.stream()
						.map((column) -> SqlIdentifiers.quote(column.name()))
						.collect(Collectors.joining(","))
					+ ")");
		}
		return "ALTER TABLE " + tableName + " " + clauses.stream().collect(Collectors.joining(",\n")) + ";";
	}
}
