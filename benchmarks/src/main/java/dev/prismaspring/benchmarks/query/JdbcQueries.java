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
	public UserRow createNested(String email) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				UserRow user;
				try (PreparedStatement statement = connection.prepareStatement(
						"INSERT INTO \"User\" (\"email\", \"name\") VALUES (?, ?) RETURNING " + USER_COLUMNS)) {
					statement.setString(1, email);
					statement.setString(2, "Nested");
					try (ResultSet rows = statement.executeQuery()) {
						rows.next();
						user = user(rows);
					}
				}
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
				connection.commit();
				return user;
			}
			catch (SQLException ex) {
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

	@Override
	public long createMany(List<NewPost> posts) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
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
				connection.commit();
				return inserted;
			}
			catch (SQLException ex) {
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
