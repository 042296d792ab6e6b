package dev.prismaspring.benchmarks.query;

/**
 * The data every trial starts from: {@value #USERS} users, each with a profile and
 * {@value #POSTS_PER_USER} posts, every second post published. Ids run from 1 in order, so the
 * answers of the queries are known in advance (see {@link QueryChecks}).
 */
final class BlogData {

	static final int USERS = 1_000;

	static final int POSTS_PER_USER = 10;

	static final int POSTS = USERS * POSTS_PER_USER;

	/** Users read by the include benchmark: ids 1 to this. */
	static final int USERS_WITH_POSTS = 100;

	/** Posts written by the createMany benchmark in one call. */
	static final int CREATE_MANY = 10_000;

	/** The prefix of the titles the filtered page looks for. */
	static final String TITLE_PREFIX = "Post 1";

	static final String LOAD = """
			INSERT INTO "User" ("email", "name")
			SELECT 'user' || u || '@bench.example', 'User ' || u FROM generate_series(1, %1$d) u ORDER BY u;
			INSERT INTO "Profile" ("bio", "userId")
			SELECT 'Bio of user ' || u, u FROM generate_series(1, %1$d) u ORDER BY u;
			INSERT INTO "Post" ("title", "content", "published", "authorId", "updatedAt")
			SELECT 'Post ' || p || ' of user ' || u, 'Content of post ' || p, p %% 2 = 0, u, now()
			FROM generate_series(1, %1$d) u, generate_series(1, %2$d) p ORDER BY u, p;
			""".formatted(USERS, POSTS_PER_USER);

	/** Removes what the write benchmarks added, so every iteration starts from the loaded data. */
	static final String REMOVE_CREATED = """
			DELETE FROM "Post" WHERE "id" > %d;
			DELETE FROM "Profile" WHERE "id" > %d;
			DELETE FROM "User" WHERE "id" > %d;
			""".formatted(POSTS, USERS, USERS);

	private BlogData() {
	}

}
