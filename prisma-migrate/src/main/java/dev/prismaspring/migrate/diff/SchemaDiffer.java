package dev.prismaspring.migrate.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.prismaspring.migrate.sql.Column;
import dev.prismaspring.migrate.sql.ColumnType;
import dev.prismaspring.migrate.sql.EnumType;
import dev.prismaspring.migrate.sql.Extension;
import dev.prismaspring.migrate.sql.ForeignKey;
import dev.prismaspring.migrate.sql.Index;
import dev.prismaspring.migrate.sql.IndexColumn;
import dev.prismaspring.migrate.sql.PrimaryKey;
import dev.prismaspring.migrate.sql.SqlSchema;
import dev.prismaspring.migrate.sql.Table;

/**
 * Compares two SQL schemas and lists the steps that turn the first into the second, in the order
 * Prisma applies them: schemas, extensions and enums first; foreign keys and indexes that go away
 * before the tables change; new tables, then their indexes, then foreign keys last, so that every
 * key finds the table it references.
 */
public final class SchemaDiffer {

	private final SqlSchema from;

	private final SqlSchema to;

	private final StepList steps = new StepList();

	private final Map<String, Table> fromTables;

	private final Map<String, Table> toTables;

	private SchemaDiffer(SqlSchema from, SqlSchema to) {
		this.from = from;
		this.to = to;
		this.fromTables = byName(from);
		this.toTables = byName(to);
	}

	private static Map<String, Table> byName(SqlSchema schema) {
		Map<String, Table> tables = new HashMap<>();
		schema.tables().forEach((table) -> tables.putIfAbsent(key(table.namespace(), table.name()), table));
		return tables;
	}

	private static String key(String namespace, String name) {
		return namespace + "\u0000" + name;
	}

	/**
	 * @param from the structure the database has
	 * @param to the structure it should have
	 * @return the steps, ordered; empty when the two are the same
	 */
	public static List<MigrationStep> diff(SqlSchema from, SqlSchema to) {
		return new SchemaDiffer(from, to).diff();
	}

	private List<MigrationStep> diff() {
		for (String namespace : this.to.namespaces()) {
			if (!this.from.namespaces().contains(namespace)) {
				this.steps.add(new MigrationStep.CreateSchema(namespace));
			}
		}
		for (Extension extension : this.to.extensions()) {
			if (this.from.extensions().stream().noneMatch((existing) -> existing.name().equals(extension.name()))) {
				this.steps.add(new MigrationStep.CreateExtension(extension));
			}
		}
		diffEnums();
		for (Table table : this.to.tables()) {
			Optional<Table> existing = Optional.ofNullable(this.fromTables.get(key(table.namespace(), table.name())));
			if (existing.isEmpty()) {
				this.steps.add(new MigrationStep.CreateTable(table));
				table.indexes().forEach((index) -> this.steps.add(new MigrationStep.CreateIndex(table, index)));
				table.foreignKeys().forEach((key) -> this.steps.add(new MigrationStep.AddForeignKey(table, key)));
			}
			else {
				diffTable(existing.get(), table);
			}
		}
		for (Table table : this.from.tables()) {
			if (!this.toTables.containsKey(key(table.namespace(), table.name()))) {
				table.foreignKeys().forEach((key) -> this.steps.add(new MigrationStep.DropForeignKey(table, key)));
				this.steps.add(new MigrationStep.DropTable(table));
			}
		}
		return this.steps.ordered();
	}

	private void diffEnums() {
		for (EnumType type : this.to.enums()) {
			Optional<EnumType> existing = this.from.enumType(type.namespace(), type.name());
			if (existing.isEmpty()) {
				this.steps.add(new MigrationStep.CreateEnum(type));
			}
			else if (!existing.get().values().equals(type.values())) {
				List<String> added = type.values()
					.stream()
					.filter((value) -> !existing.get().values().contains(value))
					.toList();
				boolean removed = existing.get().values().stream().anyMatch((value) -> !type.values().contains(value));
				if (removed) {
					this.steps.add(new MigrationStep.RecreateEnum(existing.get(), type, usages(existing.get())));
				}
				else if (!added.isEmpty()) {
					this.steps.add(new MigrationStep.AlterEnum(existing.get(), added));
				}
			}
		}
		for (EnumType type : this.from.enums()) {
			if (this.to.enumType(type.namespace(), type.name()).isEmpty()) {
				this.steps.add(new MigrationStep.DropEnum(type));
			}
		}
	}

	// The columns of an enum's type in tables that keep them.
	private List<MigrationStep.EnumUsage> usages(EnumType type) {
		List<MigrationStep.EnumUsage> usages = new ArrayList<>();
		for (Table table : this.from.tables()) {
			Optional<Table> target = Optional.ofNullable(this.toTables.get(key(table.namespace(), table.name())));
			for (Column column : table.columns()) {
				if (column.type().kind() == ColumnType.Kind.ENUM && column.type().name().equals(type.name())
						&& target.isPresent()) {
					target.get()
						.column(column.name())
						.filter((after) -> after.type().kind() == ColumnType.Kind.ENUM
								&& after.type().name().equals(type.name()))
						.ifPresent((after) -> usages.add(new MigrationStep.EnumUsage(target.get(), column, after)));
				}
			}
		}
		return usages;
	}

	private void diffTable(Table before, Table after) {
		for (ForeignKey key : before.foreignKeys()) {
			if (!after.foreignKeys().contains(key) && renamedTo(key, after).isEmpty()) {
				this.steps.add(new MigrationStep.DropForeignKey(before, key));
			}
		}
		for (Index index : before.indexes()) {
			if (!containsIndex(after, index) && !isRenamed(index, after)) {
				this.steps.add(new MigrationStep.DropIndex(before, index));
			}
		}
		List<Column> dropped = new ArrayList<>();
		List<String> recreated = new ArrayList<>();
		List<Column> added = new ArrayList<>();
		List<MigrationStep.ColumnChange> changed = new ArrayList<>();
		for (Column column : before.columns()) {
			Optional<Column> target = after.column(column.name());
			if (target.isEmpty()) {
				dropped.add(column);
			}
			else {
				MigrationStep.ColumnChange change = change(column, target.get());
				if (change != null && change.typeChanged() && !TypeCasts.castable(column, target.get())) {
					recreated.add(column.name());
					dropped.add(column);
				}
				else if (change != null) {
					changed.add(change);
				}
			}
		}
		for (Column column : after.columns()) {
			if (before.column(column.name()).isEmpty() || recreated.contains(column.name())) {
				added.add(column);
			}
		}
		boolean keyChanged = !Objects.equals(before.primaryKey(), after.primaryKey()) || (before.primaryKey() != null
				&& before.primaryKey().columns().stream().anyMatch((key) -> recreated.contains(key.name())));
		PrimaryKey droppedKey = keyChanged ? before.primaryKey() : null;
		PrimaryKey addedKey = keyChanged ? after.primaryKey() : null;
		if (!dropped.isEmpty() || !added.isEmpty() || !changed.isEmpty() || keyChanged) {
			this.steps.add(new MigrationStep.AlterTable(after, droppedKey, dropped, added, changed, addedKey));
		}
		for (Index index : after.indexes()) {
			if (!containsIndex(before, index)) {
				Optional<Index> renamed = renamedFrom(index, before);
				if (renamed.isPresent()) {
					this.steps.add(new MigrationStep.RenameIndex(after, renamed.get().name(), index.name()));
				}
				else {
					this.steps.add(new MigrationStep.CreateIndex(after, index));
				}
			}
		}
		for (ForeignKey key : before.foreignKeys()) {
			renamedTo(key, after).ifPresent((renamed) -> this.steps
				.add(new MigrationStep.RenameForeignKey(after, key.name(), renamed.name())));
		}
		for (ForeignKey key : after.foreignKeys()) {
			if (!before.foreignKeys().contains(key) && renamedTo(key, before).isEmpty()) {
				this.steps.add(new MigrationStep.AddForeignKey(after, key));
			}
		}
	}

	// A key of the other table that differs from this one in its name only, when no key there keeps the name.
	private static Optional<ForeignKey> renamedTo(ForeignKey key, Table other) {
		if (other.foreignKeys().stream().anyMatch((candidate) -> candidate.name().equals(key.name()))) {
			return Optional.empty();
		}
		return other.foreignKeys()
			.stream()
			.filter((candidate) -> candidate.columns().equals(key.columns())
					&& candidate.referencedNamespace().equals(key.referencedNamespace())
					&& candidate.referencedTable().equals(key.referencedTable())
					&& candidate.referencedColumns().equals(key.referencedColumns())
					&& candidate.onDelete() == key.onDelete() && candidate.onUpdate() == key.onUpdate())
			.findFirst();
	}

	private static MigrationStep.ColumnChange change(Column before, Column after) {
		boolean typeChanged = !sameType(before.type(), after.type()) || before.autoincrement() != after.autoincrement();
		boolean nullabilityChanged = before.nullable() != after.nullable();
		boolean defaultChanged = !DefaultComparison.same(before.defaultValue(), after.defaultValue())
				|| (typeChanged && after.defaultValue() != null
						&& TypeCasts.numericKind(before.type()) != TypeCasts.numericKind(after.type()));
		if (!typeChanged && !nullabilityChanged && !defaultChanged) {
			return null;
		}
		return new MigrationStep.ColumnChange(before, after, typeChanged, nullabilityChanged, defaultChanged);
	}

	// A time type declared without precision has PostgreSQL's default, 6: `timestamp` and
	// `timestamp(6)` are one type, as Prisma counts them.
	private static boolean sameType(ColumnType before, ColumnType after) {
		return before.equals(after) || withDefaultPrecision(before).equals(withDefaultPrecision(after));
	}

	private static ColumnType withDefaultPrecision(ColumnType type) {
		boolean timeType = switch (type.name()) {
			case "TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ" -> true;
			default -> false;
		};
		return (timeType && type.kind() == ColumnType.Kind.BUILT_IN && type.arguments().isEmpty())
				? new ColumnType(type.name(), List.of(6), type.kind(), type.enumNamespace(), type.array()) : type;
	}

	private static boolean isRenamed(Index index, Table after) {
		return after.indexes().stream().anyMatch((candidate) -> sameDefinition(index, candidate)
				&& after.indexes().stream().noneMatch((other) -> other.name().equals(index.name())));
	}

	private static Optional<Index> renamedFrom(Index index, Table before) {
		if (before.indexes().stream().anyMatch((other) -> other.name().equals(index.name()))) {
			return Optional.empty();
		}
		return before.indexes().stream().filter((candidate) -> sameDefinition(candidate, index)).findFirst();
	}

	private static boolean containsIndex(Table table, Index index) {
		return table.indexes()
			.stream()
			.anyMatch((candidate) -> candidate.name().equals(index.name()) && sameDefinition(candidate, index));
	}

	private static boolean sameDefinition(Index a, Index b) {
		return a.unique() == b.unique() && sameColumns(a.columns(), b.columns()) && a.method().equals(b.method())
				&& Objects.equals(a.predicate(), b.predicate());
	}

	private static boolean sameColumns(List<IndexColumn> a, List<IndexColumn> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!a.get(i).sameAs(b.get(i))) {
				return false;
			}
		}
		return true;
	}
}
