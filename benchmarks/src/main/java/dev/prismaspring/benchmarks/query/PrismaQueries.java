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
import dev.prismaspring.client.builder.AggregateResult;

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
	public User findUniqueWithPosts(int id) {
		return this.users.findUnique((u) -> u.id(id), (s) -> s.include((i) -> i.posts())).orElse(null);
	}

	@Override
	public Post findFirst(int authorId) {
		return this.posts.findFirst((q) -> q.where((w) -> w.authorId().equals(authorId).published().equals(true))
			.orderBy((o) -> o.id().asc())).orElse(null);
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
	public Post create(int authorId) {
		return this.posts.create((d) -> d.title("Created").authorId(authorId));
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
	public User updateNested(int id, String name, String bio) {
		return this.users.update((u) -> u.id(id), (d) -> d.name(name).profile((p) -> p.update((u) -> u.bio(bio))));
	}

	@Override
	public User upsert(int id, String name) {
		String email = "user" + id + "@bench.example";
		return this.users.upsert((u) -> u.email(email), (c) -> c.email(email).name(name), (u) -> u.name(name));
	}

	@Override
	public User upsertNested(int id, String bio) {
		return this.users.update((u) -> u.id(id), (d) -> d.profile((p) -> p.upsert((c) -> c.bio(bio), (u) -> u.bio(bio))));
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
	public PostSummary aggregate() {
		AggregateResult<Post> result = this.posts.aggregate((a) -> a.where((w) -> w.published().equals(true))
			._count()
			._avg((f) -> f.authorId())
			._min((f) -> f.id())
			._max((f) -> f.id()));
		return new PostSummary(result.count(), result.avg("authorId").doubleValue(), result.min().id(), result.max().id());
	}

	@Override
	public List<AuthorPosts> groupBy() {
		List<AggregateResult<Post>> groups = this.posts.groupBy((g) -> g.by((f) -> f.authorId())
			.where((w) -> w.authorId().lte(BlogData.USERS_WITH_POSTS))
			._count()
			._max((f) -> f.id())
			.orderBy((o) -> o.authorId().asc()));
		List<AuthorPosts> result = new ArrayList<>(groups.size());
		for (AggregateResult<Post> group : groups) {
			result.add(new AuthorPosts(group.by().authorId(), group.count(), group.max().id()));
		}
		return result;
	}

	@Override
	public int id(User user) {
		return user.id();
	}

	@Override
	public String name(User user) {
		return user.name();
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
