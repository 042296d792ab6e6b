package dev.prismaspring.migrate.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import dev.prismaspring.migrate.sql.Column;
import dev.prismaspring.migrate.sql.Index;
import dev.prismaspring.migrate.sql.IndexColumn;
import dev.prismaspring.migrate.sql.Table;

/**
 * What a migration would lose or could not do, in Prisma's words: drops that lose data are
 * warnings; steps that cannot run on the data there is (a required column without default added
 * to a table with rows, a column made required while it holds NULLs) are unexecutable.
 *
 * @param warnings steps that lose data or may fail on the data there is
 * @param unexecutable steps that cannot run on the data there is
 */
public record DataLossWarnings(List<String> warnings, List<String> unexecutable) {

	public DataLossWarnings {
		warnings = List.copyOf(warnings);
		unexecutable = List.copyOf(unexecutable);
	}

	/** @return whether there is nothing to warn about */
	public boolean isEmpty() {
		return this.warnings.isEmpty() && this.unexecutable.isEmpty();
	}

	/** @return the warnings and unexecutable steps together, as the script's header lists them */
	public List<String> all() {
		List<String> all = new ArrayList<>(this.warnings);
		all.addAll(this.unexecutable);
		return all;
	}

	/**
	 * @param steps the steps of a migration
	 * @param counts the live database's row counts, or {@link RowCounts#unknown()}
	 * @return the warnings
	 */
	public static DataLossWarnings check(List<MigrationStep> steps, RowCounts counts) {
		List<String> warnings = new ArrayList<>();
		List<String> unexecutable = new ArrayList<>();
		for (MigrationStep step : steps) {
			if (step instanceof MigrationStep.DropTable drop) {
				OptionalLong rows = counts.rows(drop.table());
				if (rows.isEmpty()) {
					warnings.add("You are about to drop the `" + drop.table().name() + "` table. If the table is not"
							+ " empty, all the data it contains will be lost.");
				}
				else if (rows.getAsLong() > 0) {
					warnings.add("You are about to drop the `" + drop.table().name() + "` table, which is not empty ("
							+ rows.getAsLong() + " rows).");
				}
			}
			else if (step instanceof MigrationStep.AlterTable alter) {
				alterTable(alter, counts, warnings, unexecutable);
			}
			else if (step instanceof MigrationStep.RecreateEnum recreate) {
				List<String> removed = recreate.before()
					.values()
					.stream()
					.filter((value) -> !recreate.after().values().contains(value))
					.toList();
				warnings.add("The values [" + String.join(",", removed) + "] on the enum `" + recreate.before().name()
						+ "` will be removed. If these variants are still used in the database, this will fail.");
			}
			else if (step instanceof MigrationStep.CreateIndex create && create.index().unique()
					&& !isNewTable(steps, create.table())) {
				Index index = create.index();
				warnings.add("A unique constraint covering the columns `["
						+ String.join(",", index.columns().stream().map(IndexColumn::name).toList()) + "]` on the table `"
						+ create.table().name() + "` will be added. If there are existing duplicate values, this will fail.");
			}
		}
		return new DataLossWarnings(warnings, unexecutable);
	}

	private static void alterTable(MigrationStep.AlterTable alter, RowCounts counts, List<String> warnings,
			List<String> unexecutable) {
		Table table = alter.table();
		List<String> recreated = alter.added().stream().map(Column::name).toList();
		for (Column column : alter.dropped()) {
			if (recreated.contains(column.name())) {
				warnings.add("The `" + column.name() + "` column on the `" + table.name() + "` table would be dropped"
						+ " and recreated. This will lead to data loss if there is data in the column.");
				continue;
			}
			OptionalLong values = counts.nonNullValues(table, column.name());
			if (values.isEmpty()) {
				warnings.add("You are about to drop the column `" + column.name() + "` on the `" + table.name()
						+ "` table. All the data in the column will be lost.");
			}
			else if (values.getAsLong() > 0) {
				warnings.add("You are about to drop the column `" + column.name() + "` on the `" + table.name()
						+ "` table, which still contains " + values.getAsLong() + " non-null values.");
			}
		}
		for (Column column : alter.added()) {
			if (column.nullable() || column.defaultValue() != null || column.autoincrement()) {
				continue;
			}
			OptionalLong rows = counts.rows(table);
			if (rows.isEmpty()) {
				unexecutable.add("Added the required column `" + column.name() + "` to the `" + table.name()
						+ "` table without a default value. This is not possible if the table is not empty.");
			}
			else if (rows.getAsLong() > 0) {
				unexecutable.add("Added the required column `" + column.name() + "` to the `" + table.name()
						+ "` table without a default value. There are " + rows.getAsLong()
						+ " rows in this table, it is not possible to execute this step.");
			}
		}
		for (MigrationStep.ColumnChange change : alter.changed()) {
			String column = change.after().name();
			if (change.nullabilityChanged() && !change.after().nullable()) {
				OptionalLong rows = counts.rows(table);
				OptionalLong values = counts.nonNullValues(table, column);
				if (rows.isEmpty() || values.isEmpty()) {
					unexecutable.add("Made the column `" + column + "` on table `" + table.name()
							+ "` required, but there are existing NULL values. This is not possible if it holds NULLs.");
				}
				else if (rows.getAsLong() > values.getAsLong()) {
					unexecutable.add("Made the column `" + column + "` on table `" + table.name()
							+ "` required, but there are " + (rows.getAsLong() - values.getAsLong())
							+ " existing NULL values.");
				}
			}
			if (change.typeChanged()) {
				OptionalLong values = counts.nonNullValues(table, column);
				if (values.isEmpty() || values.getAsLong() > 0) {
					warnings.add("You are about to alter the column `" + column + "` on the `" + table.name()
							+ "` table, which contains " + (values.isEmpty() ? "an unknown number of" : values.getAsLong())
							+ " non-null values. The data in that column will be cast from `"
							+ change.before().type().toSql(false) + "` to `" + change.after().type().toSql(false) + "`.");
				}
			}
		}
	}

	private static boolean isNewTable(List<MigrationStep> steps, Table table) {
		return steps.stream()
			.anyMatch((step) -> step instanceof MigrationStep.CreateTable create
					&& create.table().namespace().equals(table.namespace()) && create.table().name().equals(table.name()));
	}
}
