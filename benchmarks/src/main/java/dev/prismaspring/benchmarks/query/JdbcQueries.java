package dev.prismaspring.benchmarks.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The floor: hand-written SQL on {@link PreparedStatement}s, rows mapped by column index. The
 * pool's driver rewrites batched inserts into multi-row ones ({@code reWriteBatchedInserts}).
 */
final class JdbcQueries implements BlogQueries<UserRow, PostRow> {

	private static final String USER_COLUMNS = "\"id\", \"email\", \"name\"";

	private static final String POST_COLUMNS = "\"id\", \"createdAt\", \"updatedAt\", \"title\", \"content\", \"published\", \"authorId\"";

	private static final String INSERT_POST = "INSERT INTO \"Post\" (\"title\", \"content\", \"published\", \"authorId\", \"updatedAt\") VALUES (?, ?, ?, ?, ?)";

	private final DataSource dataSource;

	JdbcQueries(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public UserRow findUnique(int id) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection
					.prepareStatement("SELECT " + USER_COLUMNS + " FROM \"User\" WHERE \"id\" = ?")) {
			statement.setInt(1, id);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? user(rows) : null;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public UserRow findUniqueWithPosts(int id) {
		try (Connection connection = this.dataSource.getConnection()) {
			List<UserRow> users = users(connection, "SELECT " + USER_COLUMNS + " FROM \"User\" WHERE \"id\" = ?", id);
			if (users.isEmpty()) {
				return null;
			}
			try (PreparedStatement statement = connection
				.prepareStatement("SELECT " + POST_COLUMNS + " FROM \"Post\" WHERE \"authorId\" = ?")) {
				statement.setInt(1, id);
				return users.get(0).withPosts(posts(statement));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public PostRow findFirst(int authorId) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("SELECT " + POST_COLUMNS
						+ " FROM \"Post\" WHERE \"authorId\" = ? AND \"published\" = ? ORDER BY \"id\" LIMIT 1")) {
			statement.setInt(1, authorId);
			statement.setBoolean(2, true);
			List<PostRow> posts = posts(statement);
			return posts.isEmpty() ? null : posts.get(0);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<UserRow> findMany() {
		return users("SELECT " + USER_COLUMNS + " FROM \"User\"", null);
	}

	@Override
	public List<PostRow> findPage() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("SELECT " + POST_COLUMNS
						+ " FROM \"Post\" WHERE \"published\" = ? AND \"title\" LIKE ? ORDER BY \"id\" DESC LIMIT ?")) {
			statement.setBoolean(1, true);
			statement.setString(2, BlogData.TITLE_PREFIX + "%");
			statement.setInt(3, 10);
			return posts(statement);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<UserRow> findWithPosts() {
		try (Connection connection = this.dataSource.getConnection()) {
			List<UserRow> users = users(connection, "SELECT " + USER_COLUMNS + " FROM \"User\" WHERE \"id\" <= ?",
					BlogData.USERS_WITH_POSTS);
			Object[] ids = new Object[users.size()];
			Map<Integer, List<PostRow>> byAuthor = new HashMap<>();
			for (int i = 0; i < ids.length; i++) {
				ids[i] = users.get(i).id();
				byAuthor.put(users.get(i).id(), new ArrayList<>());
			}
			Array keys = connection.createArrayOf("integer", ids);
			try (PreparedStatement statement = connection
				.prepareStatement("SELECT " + POST_COLUMNS + " FROM \"Post\" WHERE \"authorId\" = ANY (?)")) {
				statement.setArray(1, keys);
				for (PostRow post : posts(statement)) {
					byAuthor.get(post.authorId()).add(post);
				}
			}
			List<UserRow> result = new ArrayList<>(users.size());
			for (UserRow user : users) {
				result.add(user.withPosts(byAuthor.get(user.id())));
			}
			return result;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public PostRow create(int authorId) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(INSERT_POST + " RETURNING " + POST_COLUMNS)) {
			bindPost(statement, "Created", null, false, authorId, Timestamp.valueOf(LocalDateTime.now()));
			return posts(statement).get(0);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public UserRow createNested(String email) {
		return inTransaction((connection) -> {
			UserRow user = single(connection,
					"INSERT INTO \"User\" (\"email\", \"name\") VALUES (?, ?) RETURNING " + USER_COLUMNS, email, "Nested");
			try (PreparedStatement statement = connection
				.prepareStatement("INSERT INTO \"Profile\" (\"bio\", \"userId\") VALUES (?, ?)")) {
				statement.setString(1, "Nested bio");
				statement.setInt(2, user.id());
				statement.executeUpdate();
			}
			try (PreparedStatement statement = connection.prepareStatement(INSERT_POST)) {
				Timestamp now = Timestamp.valueOf(LocalDateTime.now());
				for (int i = 1; i <= 2; i++) {
					bindPost(statement, "Nested post " + i, null, false, user.id(), now);
					statement.addBatch();
				}
				statement.executeBatch();
			}
			return user;
		});
	}

	@Override
	public long createMany(List<NewPost> posts) {
		return inTransaction((connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(INSERT_POST)) {
				Timestamp now = Timestamp.valueOf(LocalDateTime.now());
				for (NewPost post : posts) {
					bindPost(statement, post.title(), post.content(), post.published(), post.authorId(), now);
					statement.addBatch();
				}
				long inserted = 0;
				for (int count : statement.executeBatch()) {
					inserted += (count == PreparedStatement.SUCCESS_NO_INFO) ? 1 : count;
				}
				return inserted;
			}
		});
	}

	@Override
	public PostRow update(int id, String title) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("UPDATE \"Post\" SET \"title\" = ?,"
						+ " \"updatedAt\" = ? WHERE \"id\" = ? RETURNING " + POST_COLUMNS)) {
			statement.setString(1, title);
			statement.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
			statement.setInt(3, id);
			List<PostRow> posts = posts(statement);
			return posts.isEmpty() ? null : posts.get(0);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public UserRow updateNested(int id, String name, String bio) {
		return inTransaction((connection) -> {
			UserRow user = single(connection, "UPDATE \"User\" SET \"name\" = ? WHERE \"id\" = ? RETURNING " + USER_COLUMNS,
					name, id);
			try (PreparedStatement statement = connection
				.prepareStatement("UPDATE \"Profile\" SET \"bio\" = ? WHERE \"userId\" = ?")) {
				statement.setString(1, bio);
				statement.setInt(2, id);
				if (statement.executeUpdate() != 1) {
					throw new SQLException("User " + id + " has no profile to update");
				}
			}
			return user;
		});
	}

	@Override
	public UserRow upsert(int id, String name) {
		try (Connection connection = this.dataSource.getConnection()) {
			return single(connection, "INSERT INTO \"User\" (\"email\", \"name\") VALUES (?, ?) ON CONFLICT (\"email\")"
					+ " DO UPDATE SET \"name\" = EXCLUDED.\"name\" RETURNING " + USER_COLUMNS, "user" + id + "@bench.example", name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public UserRow upsertNested(int id, String bio) {
		return inTransaction((connection) -> {
			try (PreparedStatement statement = connection.prepareStatement("INSERT INTO \"Profile\" (\"bio\", \"userId\")"
					+ " VALUES (?, ?) ON CONFLICT (\"userId\") DO UPDATE SET \"bio\" = EXCLUDED.\"bio\"")) {
				statement.setString(1, bio);
				statement.setInt(2, id);
				statement.executeUpdate();
			}
			List<UserRow> users = users(connection, "SELECT " + USER_COLUMNS + " FROM \"User\" WHERE \"id\" = ?", id);
			return users.get(0);
		});
	}

	@Override
	public int createAndDelete(int authorId) {
		try (Connection connection = this.dataSource.getConnection()) {
			int id;
			try (PreparedStatement statement = connection.prepareStatement(INSERT_POST + " RETURNING \"id\"")) {
				bindPost(statement, "Short-lived", null, false, authorId, Timestamp.valueOf(LocalDateTime.now()));
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					id = rows.getInt(1);
				}
			}
			try (PreparedStatement statement = connection
				.prepareStatement("DELETE FROM \"Post\" WHERE \"id\" = ? RETURNING \"id\"")) {
				statement.setInt(1, id);
				try (ResultSet rows = statement.executeQuery()) {
					return rows.next() ? rows.getInt(1) : -1;
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public long count() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM \"User\"");
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public PostSummary aggregate() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*), AVG(\"authorId\"), MIN(\"id\"),"
						+ " MAX(\"id\") FROM \"Post\" WHERE \"published\" = ?")) {
			statement.setBoolean(1, true);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return new PostSummary(rows.getLong(1), rows.getDouble(2), rows.getInt(3), rows.getInt(4));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public List<AuthorPosts> groupBy() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("SELECT \"authorId\", COUNT(*), MAX(\"id\")"
						+ " FROM \"Post\" WHERE \"authorId\" <= ? GROUP BY \"authorId\" ORDER BY \"authorId\"")) {
			statement.setInt(1, BlogData.USERS_WITH_POSTS);
			try (ResultSet rows = statement.executeQuery()) {
				List<AuthorPosts> groups = new ArrayList<>();
				while (rows.next()) {
					groups.add(new AuthorPosts(rows.getInt(1), rows.getLong(2), rows.getInt(3)));
				}
				return groups;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T inTransaction(Work<T> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Statements on one connection, in one transaction. */
	private interface Work<T> {

		T run(Connection connection) throws SQLException;

	}

	/** A statement that returns one user's columns, with two parameters, the first a text. */
	private static UserRow single(Connection connection, String sql, String text, Object second) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, text);
			statement.setObject(2, second);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? user(rows) : null;
			}
		}
	}

	private List<UserRow> users(String sql, Integer parameter) {
		try (Connection connection = this.dataSource.getConnection()) {
			return users(connection, sql, parameter);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<UserRow> users(Connection connection, String sql, Integer parameter) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setInt(1, parameter);
			}
			try (ResultSet rows = statement.executeQuery()) {
				List<UserRow> users = new ArrayList<>();
				while (rows.next()) {
					users.add(user(rows));
				}
				return users;
			}
		}
	}

	private static UserRow user(ResultSet rows) throws SQLException {
		return new UserRow(rows.getInt(1), rows.getString(2), rows.getString(3), null);
	}

	private static List<PostRow> posts(PreparedStatement statement) throws SQLException {
		try (ResultSet rows = statement.executeQuery()) {
			List<PostRow> posts = new ArrayList<>();
			while (rows.next()) {
				posts.add(new PostRow(rows.getInt(1), rows.getTimestamp(2).toLocalDateTime(),
						rows.getTimestamp(3).toLocalDateTime(), rows.getString(4), rows.getString(5), rows.getBoolean(6),
						rows.getInt(7)));
			}
			return posts;
		}
	}

	private static void bindPost(PreparedStatement statement, String title, String content, boolean published,
			int authorId, Timestamp now) throws SQLException {
		statement.setString(1, title);
		statement.setString(2, content);
		statement.setBoolean(3, published);
		statement.setInt(4, authorId);
		statement.setTimestamp(5, now);
	}

	@Override
	public int id(UserRow user) {
		return user.id();
	}

	@Override
	public String name(UserRow user) {
		return user.name();
	}

	@Override
	public String email(UserRow user) {
		return user.email();
	}

	@Override
	public int loadedPosts(UserRow user) {
		return user.posts().size();
	}

	@Override
	public int postId(PostRow post) {
		return post.id();
	}

	@Override
	public String title(PostRow post) {
		return post.title();
	}

	@Override
	public void close() {
	}

}
