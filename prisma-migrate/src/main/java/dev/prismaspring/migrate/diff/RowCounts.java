package dev.prismaspring.migrate.diff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

import dev.prismaspring.migrate.sql.SqlIdentifiers;
import dev.prismaspring.migrate.sql.Table;
import dev.prismaspring.schema.PrismaException;

/** How much data the steps of a migration would touch, as the live database says. */
public interface RowCounts {

	/**
	 * @param table a table
	 * @return its rows, or empty when unknown
	 */
	OptionalLong rows(Table table);

	/**
	 * @param table a table
	 * @param column one of its columns
	 * @return the rows where the column is not NULL, or empty when unknown
	 */
	OptionalLong nonNullValues(Table table, String column);

	/** @return counts for a diff with no database behind it: nothing is known */
	static RowCounts unknown() {
		return new RowCounts() {

			@Override
			public OptionalLong rows(Table table) {
				return OptionalLong.empty();
			}

			@Override
			public OptionalLong nonNullValues(Table table, String column) {
				return OptionalLong.empty();
			}
		};
	}

	/**
	 * @param connection a connection to the database being migrated; only read
	 * @return counts read with {@code count(*)} queries
	 */
	static RowCounts of(Connection connection) {
		return new RowCounts() {

			@Override
			public OptionalLong rows(Table table) {
				return count("select count(*) from " + SqlIdentifiers.qualified(table.namespace(), table.name()));
			}

			@Override
			public OptionalLong nonNullValues(Table table, String column) {
				return count("select count(" + SqlIdentifiers.quote(column) + ") from "
						+ SqlIdentifiers.qualified(table.namespace(), table.name()));
			}

			private OptionalLong count(String sql) {
				try (PreparedStatement statement = connection.prepareStatement(sql);
						ResultSet result = statement.executeQuery()) {
					result.next();
					return OptionalLong.of(result.getLong(1));
				}
				catch (SQLException ex) {
					throw new PrismaException("P3006", "Could not count the rows a migration step would touch ("
							+ ex.getMessage() + "). Check that the user may read every table.", ex);
				}
			}
		};
	}
}
