package dev.prismaspring.migrate.diff;

import java.util.List;

import dev.prismaspring.migrate.sql.Column;
import dev.prismaspring.migrate.sql.EnumType;
import dev.prismaspring.migrate.sql.Extension;
import dev.prismaspring.migrate.sql.ForeignKey;
import dev.prismaspring.migrate.sql.Index;
import dev.prismaspring.migrate.sql.PrimaryKey;
import dev.prismaspring.migrate.sql.Table;

/** One change to a database's structure, in the order a migration applies it. */
public sealed interface MigrationStep {

	/** @return the step's name as Prisma writes it above the statement, e.g. {@code CreateTable} */
	default String label() {
		return getClass().getSimpleName();
	}

	/** @param namespace the schema to create */
	record CreateSchema(String namespace) implements MigrationStep {
	}

	/** @param extension the extension to create */
	record CreateExtension(Extension extension) implements MigrationStep {
	}

	/** @param type the enum to create */
	record CreateEnum(EnumType type) implements MigrationStep {
	}

	/**
	 * @param before the enum as it is
	 * @param addedValues values to add, each with the value it goes after ({@code null} for the end)
	 */
	record AlterEnum(EnumType before, List<String> addedValues) implements MigrationStep {

		public AlterEnum {
			addedValues = List.copyOf(addedValues);
		}
	}

	/**
	 * An enum losing values: PostgreSQL cannot drop a value, so the type is made anew and every
	 * column using it moves over, as Prisma does it.
	 *
	 * @param before the enum as it is
	 * @param after the enum as it will be
	 * @param usages the columns that use it, with their defaults before and after
	 */
	record RecreateEnum(EnumType before, EnumType after, List<EnumUsage> usages) implements MigrationStep {

		public RecreateEnum {
			usages = List.copyOf(usages);
		}

		@Override
		public String label() {
			return "AlterEnum";
		}
	}

	/**
	 * A column of an enum type.
	 *
	 * @param table the table
	 * @param before the column as it is
	 * @param after the column as it will be
	 */
	record EnumUsage(Table table, Column before, Column after) {
	}

	/** @param type the enum to drop */
	record DropEnum(EnumType type) implements MigrationStep {
	}

	/** @param table the table to create, without its indexes and foreign keys */
	record CreateTable(Table table) implements MigrationStep {
	}

	/** @param table the table to drop */
	record DropTable(Table table) implements MigrationStep {
	}

	/**
	 * Columns added to, dropped from or changed in one table, written as one {@code ALTER TABLE}.
	 *
	 * @param table the table as it will be
	 * @param droppedPrimaryKey the primary key to drop first, or {@code null}
	 * @param dropped columns to drop
	 * @param added columns to add
	 * @param changed columns whose type, nullability or default change: before and after
	 * @param addedPrimaryKey the primary key to add last, or {@code null}
	 */
	record AlterTable(Table table, PrimaryKey droppedPrimaryKey, List<Column> dropped, List<Column> added,
			List<ColumnChange> changed, PrimaryKey addedPrimaryKey) implements MigrationStep {

		public AlterTable {
			dropped = List.copyOf(dropped);
			added = List.copyOf(added);
			changed = List.copyOf(changed);
		}
	}

	/**
	 * @param before the column as it is
	 * @param after the column as it will be
	 * @param typeChanged whether its type changes
	 * @param nullabilityChanged whether it goes from NULL to NOT NULL or back
	 * @param defaultChanged whether its default changes
	 */
	record ColumnChange(Column before, Column after, boolean typeChanged, boolean nullabilityChanged,
			boolean defaultChanged) {
	}

	/**
	 * @param table the table the index is on
	 * @param index the index to create
	 */
	record CreateIndex(Table table, Index index) implements MigrationStep {
	}

	/**
	 * @param table the table the index is on
	 * @param index the index to drop
	 */
	record DropIndex(Table table, Index index) implements MigrationStep {
	}

	/**
	 * @param table the table the index is on
	 * @param from the index's current name
	 * @param to its new name
	 */
	record RenameIndex(Table table, String from, String to) implements MigrationStep {
	}

	/**
	 * @param table the table holding the key
	 * @param foreignKey the key to add
	 */
	record AddForeignKey(Table table, ForeignKey foreignKey) implements MigrationStep {
	}

	/**
	 * @param table the table holding the key
	 * @param from the key's current name
	 * @param to its new name
	 */
	record RenameForeignKey(Table table, String from, String to) implements MigrationStep {
	}

	/**
	 * @param table the table holding the key
	 * @param foreignKey the key to drop
	 */
	record DropForeignKey(Table table, ForeignKey foreignKey) implements MigrationStep {
	}
}
