package dev.prismaspring.benchmarks.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.prismaspring.benchmarks.query.blog.Post;
import dev.prismaspring.benchmarks.query.blog.PostCreate;
import dev.prismaspring.benchmarks.query.blog.PostRepository;
import dev.prismaspring.benchmarks.query.blog.User;
import dev.prismaspring.benchmarks.query.blog.UserRepository;
import dev.prismaspring.client.PrismaClient;

/**
 * Ours, as an application calls it: the repositories generated from the getting-started schema
 * on a {@link PrismaClient} with its default relation loading.
 */
final class PrismaQueries implements BlogQueries<User, Post> {

	private final UserRepository users;

	private final PostRepository posts;

	PrismaQueries(DataSource dataSource) {
		PrismaClient client = PrismaClient.create(BlogSchema.datamodel(), dataSource);
		this.users = new UserRepository(client);
		this.posts = new PostRepository(client);
	}

	@Override
	public User findUnique(int id) {
		return this.users.findUnique((u) -> u.id(id)).orElse(null);
	}

	@Override
	public List<User> findMany() {
		return this.users.findMany();
	}

	@Override
	public List<Post> findPage() {
		return this.posts.findMany((q) -> q.where((w) -> w.published().equals(true).title().startsWith(BlogData.TITLE_PREFIX))
			.orderBy((o) -> o.id().desc())
			.take(10));
	}

	@Override
	public List<User> findWithPosts() {
		return this.users.findMany((q) -> q.where((w) -> w.id().lte(BlogData.USERS_WITH_POSTS)).include((i) -> i.posts()));
	}

	@Override
	public User createNested(String email) {
		return this.users.create((d) -> d.email(email)
			.name("Nested")
			.profile((p) -> p.create((c) -> c.bio("Nested bio")))
			.posts((p) -> p.create((c) -> c.title("Nested post 1")).create((c) -> c.title("Nested post 2"))));
	}

	@Override
	public long createMany(List<NewPost> batch) {
		List<Consumer<PostCreate>> data = new ArrayList<>(batch.size());
		for (NewPost post : batch) {
			data.add((d) -> d.title(post.title())
				.content(post.content())
				.published(post.published())
				.authorId(post.authorId()));
		}
		return this.posts.createMany(data);
	}

	@Override
	public Post update(int id, String title) {
		return this.posts.update((u) -> u.id(id), (d) -> d.title(title));
	}

	@Override
	public int createAndDelete(int authorId) {
		Post post = this.posts.create((d) -> d.title("Short-lived").authorId(authorId));
		return this.posts.delete((u) -> u.id(post.id())).id();
	}

	@Override
	public long count() {
		return this.users.count();
	}

	@Override
	public int id(User user) {
		return user.id();
	}

	@Override
	public String email(User user) {
		return user.email();
	}

	@Override
	public int loadedPosts(User user) {
		return user.posts().get().size();
	}

	@Override
	public int postId(Post post) {
		return post.id();
	}

	@Override
	public String title(Post post) {
		return post.title();
	}

	@Override
	public void close() {
	}

}
