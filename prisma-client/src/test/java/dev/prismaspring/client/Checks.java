package dev.prismaspring.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.prismaspring.test.TestDatabase;

/**
 * SQL written by hand in tests, to check the engine's results independently of it: one plain
 * JDBC connection per test class, so that hundreds of checks stay fast.
 */
final class Checks {

	private final Connection connection;

	private Checks(Connection connection) {
		this.connection = connection;
	}

	static Checks on(TestDatabase database) {
		try {
			return new Checks(database.connection());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	<T> T queryForObject(String sql, Class<T> type, Object... args) {
		List<T> values = queryForList(sql, type, args);
		if (values.size() != 1) {
			throw new IllegalStateException("Expected one row but got " + values.size() + " from " + sql);
		}
		return values.get(0);
	}

	<T> List<T> queryForList(String sql, Class<T> type, Object... args) {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				List<T> values = new ArrayList<>();
				while (result.next()) {
					values.add(result.getObject(1, type));
				}
				return values;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}
}
