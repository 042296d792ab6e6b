package dev.prismaspring.benchmarks.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * Runs every operation of a tool once before its trial and compares the answer with the loaded
 * data and with independent SQL, so that a tool doing less (or nothing) fails instead of being
 * measured. Every tool passes the same checks, so they all answer alike.
 */
final class QueryChecks {

	private QueryChecks() {
	}

	static <U, P> void verify(BlogQueries<U, P> queries, DataSource dataSource, List<NewPost> batch) {
		String tool = queries.getClass().getSimpleName();
		U user = queries.findUnique(7);
		expect(tool, "findUnique(7)", List.of(7, "user7@bench.example"), List.of(queries.id(user), queries.email(user)));
		List<U> all = queries.findMany();
		expect(tool, "findMany", BlogData.USERS, all.size());
		expect(tool, "findMany: distinct ids", (long) BlogData.USERS, all.stream().map(queries::id).distinct().count());
		List<Integer> page = new ArrayList<>();
		for (P post : queries.findPage()) {
			page.add(queries.postId(post));
			expect(tool, "findPage: title of " + queries.postId(post), "Post 10 of user " + queries.postId(post) / 10,
					queries.title(post));
		}
		List<Integer> expectedPage = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			expectedPage.add(BlogData.POSTS - 10 * i);
		}
		expect(tool, "findPage", expectedPage, page);
		List<U> withPosts = queries.findWithPosts();
		expect(tool, "findWithPosts", BlogData.USERS_WITH_POSTS, withPosts.size());
		for (U each : withPosts) {
			expect(tool, "findWithPosts: posts of user " + queries.id(each), BlogData.POSTS_PER_USER,
					queries.loadedPosts(each));
		}
		expect(tool, "count", (long) BlogData.USERS, queries.count());
		U created = queries.createNested("checked@bench.example");
		expect(tool, "createNested", "checked@bench.example", queries.email(created));
		expect(tool, "createNested: profiles and posts", 3L, count(dataSource, "SELECT (SELECT COUNT(*) FROM \"Profile\""
				+ " WHERE \"userId\" = ?) + (SELECT COUNT(*) FROM \"Post\" WHERE \"authorId\" = ?)", queries.id(created)));
		expect(tool, "count after createNested", BlogData.USERS + 1L, queries.count());
		expect(tool, "createMany", (long) batch.size(), queries.createMany(batch));
		expect(tool, "posts after createMany", (long) BlogData.POSTS + 2 + batch.size(),
				count(dataSource, "SELECT COUNT(*) FROM \"Post\" WHERE \"id\" > ?", 0));
		P updated = queries.update(5, "Checked");
		expect(tool, "update", List.of(5, "Checked"), List.of(queries.postId(updated), queries.title(updated)));
		expect(tool, "update in the database", 1L,
				count(dataSource, "SELECT COUNT(*) FROM \"Post\" WHERE \"id\" = ? AND \"title\" = 'Checked'", 5));
		int deleted = queries.createAndDelete(3);
		expect(tool, "createAndDelete: a new post", true, deleted > BlogData.POSTS);
		expect(tool, "createAndDelete: deleted", 0L, count(dataSource, "SELECT COUNT(*) FROM \"Post\" WHERE \"id\" = ?", deleted));
	}

	private static long count(DataSource dataSource, String sql, int parameter) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
				statement.setInt(i, parameter);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void expect(String tool, String what, Object expected, Object actual) {
		if (!Objects.equals(expected, actual)) {
			throw new IllegalStateException(tool + " answers " + what + " wrongly: expected " + expected + ", got " + actual);
		}
	}

}
