package dev.prismaspring.client.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One operation's connection: runs statements and turns their errors into Prisma Client's. */
final class Session {

	private final Connection connection;

	private final ErrorTranslator errors;

	Session(Connection connection, ErrorTranslator errors) {
		this.connection = connection;
		this.errors = errors;
	}

	Connection connection() {
		return this.connection;
	}

	ErrorTranslator errors() {
		return this.errors;
	}

	<T> List<T> query(Sql sql, RowMapper<T> mapper) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql.text())) {
			sql.bind(statement);
			try (ResultSet result = statement.executeQuery()) {
				List<T> rows = new ArrayList<>();
				while (result.next()) {
					rows.add(mapper.map(result));
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw this.errors.translate(ex);
		}
	}

	long update(Sql sql) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql.text())) {
			sql.bind(statement);
			return statement.executeLargeUpdate();
		}
		catch (SQLException ex) {
			throw this.errors.translate(ex);
		}
	}

	/** Reads one row of a result. */
	@FunctionalInterface
	interface RowMapper<T> {

		T map(ResultSet result) throws SQLException;
	}
}
