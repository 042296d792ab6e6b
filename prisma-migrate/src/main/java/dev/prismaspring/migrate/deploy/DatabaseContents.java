package dev.prismaspring.migrate.deploy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.migrate.history.HistoryTable;

/** Whether a database already holds tables, as Prisma checks before the first migration. */
final class DatabaseContents {

	private DatabaseContents() {
	}

	static List<String> tables(Connection connection, List<String> namespaces) throws SQLException {
		List<String> tables = new ArrayList<>();
		Array schemas = connection.createArrayOf("text", namespaces.toArray());
		try (PreparedStatement statement = connection.prepareStatement("SELECT n.nspname, c.relname FROM"
				+ " pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind"
				+ " IN ('r', 'p') AND n.nspname = ANY (?) AND c.relname <> ? ORDER BY 1, 2")) {
			statement.setArray(1, schemas);
			statement.setString(2, HistoryTable.NAME);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					tables.add(rows.getString(1) + "." + rows.getString(2));
				}
			}
		}
		return tables;
	}
}
