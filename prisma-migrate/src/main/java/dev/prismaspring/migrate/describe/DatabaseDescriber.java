package dev.prismaspring.migrate.describe;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.migrate.sql.CheckConstraint;
import dev.prismaspring.migrate.sql.Column;
import dev.prismaspring.migrate.sql.ColumnDefault;
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
import dev.prismaspring.migrate.sql.View;

/**
 * Reads the structure of a live PostgreSQL database into an {@link SqlSchema}, in the same
 * spelling the calculator uses, so that the two can be diffed. Prisma's history table
 * {@code _prisma_migrations} is left out, as Prisma leaves it out.
 */
public final class DatabaseDescriber {

	/** The history table, never part of a diff. */
	public static final String HISTORY_TABLE = "_prisma_migrations";

	private final Connection connection;

	private final Array namespaces;

	private final Map<String, TableBuilder> tables = new LinkedHashMap<>();

	private DatabaseDescriber(Connection connection, List<String> namespaces) throws SQLException {
		this.connection = connection;
		this.namespaces = connection.createArrayOf("text", namespaces.toArray());
	}

	/**
	 * @param connection an open connection; nothing is written through it
	 * @param namespaces the schemas to read, e.g. {@code [public]}
	 * @return what the database holds in those schemas
	 * @throws SQLException when the catalogs cannot be read
	 */
	public static SqlSchema describe(Connection connection, List<String> namespaces) throws SQLException {
		return new DatabaseDescriber(connection, namespaces).describe();
	}

	private SqlSchema describe() throws SQLException {
		List<String> existing = query(CatalogQueries.NAMESPACES, (row) -> row.getString(1));
		List<Extension> extensions = query(CatalogQueries.EXTENSIONS,
				(row) -> new Extension(row.getString(1), row.getString(2), row.getString(3)));
		List<EnumType> enums = query(CatalogQueries.ENUMS,
				(row) -> new EnumType(row.getString(1), row.getString(2), strings(row.getArray(3))));
		query(CatalogQueries.COLUMNS, (row) -> {
			TableBuilder table = table(row.getString(1), row.getString(2));
			table.columns.add(column(row));
			table.comment = row.getString("table_comment");
			return null;
		});
		query(CatalogQueries.CONSTRAINTS, (row) -> {
			constraint(row);
			return null;
		});
		query(CatalogQueries.INDEXES, (row) -> {
			index(row);
			return null;
		});
		List<View> views = query(CatalogQueries.VIEWS,
				(row) -> new View(row.getString(1), row.getString(2), row.getString(3)));
		List<Table> built = this.tables.values()
			.stream()
			.filter((table) -> !table.name.equals(HISTORY_TABLE))
			.map(TableBuilder::build)
			.toList();
		return new SqlSchema(existing, extensions, enums, built, views);
	}

	private Column column(ResultSet row) throws SQLException {
		ColumnType type = DatabaseTypes.of(row.getString("base_type"), row.getString("base_kind"),
				row.getString("type_namespace"), row.getString("formatted"), row.getBoolean("is_array"));
		ColumnDefault defaultValue = DatabaseDefaults.of(row.getString("default_sql"));
		String identity = row.getString("attidentity");
		boolean autoincrement = (defaultValue != null && defaultValue.kind() == ColumnDefault.Kind.SEQUENCE)
				|| (identity != null && !identity.isEmpty());
		return new Column(row.getString("attname"), type, !row.getBoolean("attnotnull"),
				autoincrement ? null : defaultValue, autoincrement, row.getString("comment"));
	}

	private void constraint(ResultSet row) throws SQLException {
		TableBuilder table = table(row.getString(1), row.getString(2));
		String name = row.getString("conname");
		List<String> columns = strings(row.getArray("columns"));
		switch (row.getString("contype")) {
			case "p" -> table.primaryKey = new PrimaryKey(name, columns.stream().map(IndexColumn::of).toList());
			case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, row.getString("ref_namespace"),
					row.getString("ref_table"), strings(row.getArray("ref_columns")), action(row.getString("confdeltype")),
					action(row.getString("confupdtype"))));
			default -> table.checks.add(new CheckConstraint(name, row.getString("definition")));
		}
	}

	private void index(ResultSet row) throws SQLException {
		if (row.getBoolean("has_expressions")) {
			return; // expression indexes cannot be written in a schema; Prisma leaves them alone
		}
		List<String> columns = strings(row.getArray("columns"));
		Boolean[] descending = (Boolean[]) row.getArray("descending").getArray();
		List<String> operatorClasses = strings(row.getArray("operator_classes"));
		List<IndexColumn> indexColumns = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			String operatorClass = operatorClasses.get(i);
			boolean isDefault = operatorClass.startsWith("*");
			indexColumns.add(new IndexColumn(columns.get(i), Boolean.TRUE.equals(descending[i]),
					isDefault ? operatorClass.substring(1) : operatorClass, isDefault));
		}
		table(row.getString(1), row.getString(2)).indexes.add(new Index(row.getString("index_name"),
				row.getBoolean("indisunique"), indexColumns, row.getString("amname").toUpperCase(),
				row.getString("predicate")));
	}

	private static ReferentialAction action(String code) {
		return switch (code) {
			case "c" -> ReferentialAction.CASCADE;
			case "r" -> ReferentialAction.RESTRICT;
			case "n" -> ReferentialAction.SET_NULL;
			case "d" -> ReferentialAction.SET_DEFAULT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	private TableBuilder table(String namespace, String name) {
		return this.tables.computeIfAbsent(namespace + "\u0000" + name, (key) -> new TableBuilder(namespace, name));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private <T> List<T> query(String sql, RowReader<T> reader) throws SQLException {
		List<T> results = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			statement.setArray(1, this.namespaces);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					T result = reader.read(rows);
					if (result != null) {
						results.add(result);
					}
				}
			}
		}
		return results;
	}

	@FunctionalInterface
	private interface RowReader<T> {

		T read(ResultSet row) throws SQLException;
	}

	private static final class TableBuilder {

		private final String namespace;

		private final String name;

		private final List<Column> columns = new ArrayList<>();

		private final List<Index> indexes = new ArrayList<>();

		private final List<ForeignKey> foreignKeys = new ArrayList<>();

		private final List<CheckConstraint> checks = new ArrayList<>();

		private PrimaryKey primaryKey;

		private String comment;

		TableBuilder(String namespace, String name) {
			this.namespace = namespace;
			this.name = name;
		}

		Table build() {
			return new Table(this.namespace, this.name, this.columns, this.primaryKey, this.indexes, this.foreignKeys,
					this.checks, this.comment);
		}
	}
}
