package dev.prismaspring.benchmarks.query;

import java.util.List;

/**
 * The work of the query benchmarks, done by one tool in its own idiom on its own pool. Every
 * method returns what the tool returns, for JMH to consume; the accessors at the end let
 * {@link QueryChecks} compare the answers with the known data.
 *
 * @param <U> the tool's user type
 * @param <P> the tool's post type
 */
interface BlogQueries<U, P> extends AutoCloseable {

	/** @return the user with this id */
	U findUnique(int id);

	/** @return the user with this id and its posts */
	U findUniqueWithPosts(int id);

	/** @return the author's published post with the lowest id */
	P findFirst(int authorId);

	/** @return every user ({@link BlogData#USERS}) */
	List<U> findMany();

	/** @return published posts whose title starts with {@link BlogData#TITLE_PREFIX}, newest id first, 10 */
	List<P> findPage();

	/** @return users 1 to {@link BlogData#USERS_WITH_POSTS}, each with its posts loaded */
	List<U> findWithPosts();

	/** @return a new post of this author, as stored */
	P create(int authorId);

	/** @return a new user with a profile and two posts, created in one transaction */
	U createNested(String email);

	/** @return how many posts were inserted */
	long createMany(List<NewPost> posts);

	/** @return the post with a new title (and {@code updatedAt}) */
	P update(int id, String title);

	/** Renames the user and changes its profile's bio in one transaction. @return the user */
	U updateNested(int id, String name, String bio);

	/**
	 * Upserts the user whose email is {@code user<id>@bench.example}: renames it, or creates it
	 * with this name when it is missing (in the benchmark it never is). @return the user
	 */
	U upsert(int id, String name);

	/** Sets the user's profile's bio, creating the profile if it has none, in one transaction. @return the user */
	U upsertNested(int id, String bio);

	/** Creates a post and deletes it again. @return the deleted post's id */
	int createAndDelete(int authorId);

	/** @return how many users there are */
	long count();

	/** @return the count, mean author id and lowest and highest id of the published posts */
	PostSummary aggregate();

	/** @return authors 1 to {@link BlogData#USERS_WITH_POSTS} with their post count and newest post id, in id order */
	List<AuthorPosts> groupBy();

	int id(U user);

	String name(U user);

	String email(U user);

	/** @return how many posts of this user were loaded (touching them, so lazy ones load) */
	int loadedPosts(U user);

	int postId(P post);

	String title(P post);

	@Override
	void close();

}
