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
		U withPosts7 = queries.findUniqueWithPosts(7);
		expect(tool, "findUniqueWithPosts(7)", List.of(7, BlogData.POSTS_PER_USER),
				List.of(queries.id(withPosts7), queries.loadedPosts(withPosts7)));
		P first = queries.findFirst(7);
		expect(tool, "findFirst(7)", List.of(62, "Post 2 of user 7"), List.of(queries.postId(first), queries.title(first)));
		PostSummary summary = summary(dataSource);
		expect(tool, "aggregate: the loaded data", new PostSummary(BlogData.POSTS / 2, (BlogData.USERS + 1) / 2.0, 2, BlogData.POSTS), summary);
		expect(tool, "aggregate", summary, queries.aggregate());
		expect(tool, "groupBy", groups(dataSource), queries.groupBy());
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
		P createdPost = queries.create(3);
		expect(tool, "create: a new post", List.of(true, "Created"), List.of(queries.postId(createdPost) > BlogData.POSTS, queries.title(createdPost)));
		expect(tool, "create in the database", 1L, count(dataSource,
				"SELECT COUNT(*) FROM \"Post\" WHERE \"id\" = ? AND \"title\" = 'Created' AND \"authorId\" = 3", queries.postId(createdPost)));
		U renamed = queries.updateNested(8, "Renamed", "Renamed bio");
		expect(tool, "updateNested", List.of(8, "Renamed"), List.of(queries.id(renamed), queries.name(renamed)));
		expect(tool, "updateNested in the database", 1L, count(dataSource, "SELECT COUNT(*) FROM \"User\" u JOIN \"Profile\" p"
				+ " ON p.\"userId\" = u.\"id\" WHERE u.\"id\" = ? AND u.\"name\" = 'Renamed' AND p.\"bio\" = 'Renamed bio'", 8));
		long users = count(dataSource, "SELECT COUNT(*) FROM \"User\" WHERE \"id\" > ?", 0);
		U upserted = queries.upsert(9, "Upserted");
		expect(tool, "upsert", List.of(9, "user9@bench.example", "Upserted"),
				List.of(queries.id(upserted), queries.email(upserted), queries.name(upserted)));
		expect(tool, "upsert in the database", List.of(1L, users), List.of(
				count(dataSource, "SELECT COUNT(*) FROM \"User\" WHERE \"id\" = ? AND \"name\" = 'Upserted'", 9),
				count(dataSource, "SELECT COUNT(*) FROM \"User\" WHERE \"id\" > ?", 0)));
		long profiles = count(dataSource, "SELECT COUNT(*) FROM \"Profile\" WHERE \"id\" > ?", 0);
		U withProfile = queries.upsertNested(10, "Upserted bio");
		expect(tool, "upsertNested", 10, queries.id(withProfile));
		expect(tool, "upsertNested in the database", List.of(1L, profiles), List.of(
				count(dataSource, "SELECT COUNT(*) FROM \"Profile\" WHERE \"userId\" = ? AND \"bio\" = 'Upserted bio'", 10),
				count(dataSource, "SELECT COUNT(*) FROM \"Profile\" WHERE \"id\" > ?", 0)));
		int deleted = queries.createAndDelete(3);
		expect(tool, "createAndDelete: a new post", true, deleted > BlogData.POSTS);
		expect(tool, "createAndDelete: deleted", 0L, count(dataSource, "SELECT COUNT(*) FROM \"Post\" WHERE \"id\" = ?", deleted));
	}

	/** The aggregate's answer from SQL written here, not by the tool. */
	private static PostSummary summary(DataSource dataSource) {
		List<Object[]> rows = rows(dataSource, "SELECT COUNT(*), AVG(\"authorId\")::float8, MIN(\"id\"), MAX(\"id\")"
				+ " FROM \"Post\" WHERE \"published\"");
		Object[] row = rows.get(0);
		return new PostSummary((Long) row[0], (Double) row[1], (Integer) row[2], (Integer) row[3]);
	}

	/** The groupBy's answer from SQL written here, not by the tool. */
	private static List<AuthorPosts> groups(DataSource dataSource) {
		List<AuthorPosts> groups = new ArrayList<>();
		for (Object[] row : rows(dataSource, "SELECT \"authorId\", COUNT(*), MAX(\"id\") FROM \"Post\" WHERE \"authorId\" <= "
				+ BlogData.USERS_WITH_POSTS + " GROUP BY \"authorId\" ORDER BY \"authorId\"")) {
			groups.add(new AuthorPosts((Integer) row[0], (Long) row[1], (Integer) row[2]));
		}
		return groups;
	}

	private static List<Object[]> rows(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			List<Object[]> result = new ArrayList<>();
			int columns = rows.getMetaData().getColumnCount();
			while (rows.next()) {
				Object[] row = new Object[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = rows.getObject(i + 1);
				}
				result.add(row);
			}
			return result;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
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
