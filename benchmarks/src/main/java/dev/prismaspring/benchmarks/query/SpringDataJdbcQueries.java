package dev.prismaspring.benchmarks.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.prismaspring.benchmarks.query.springdata.BlogUser;
import dev.prismaspring.benchmarks.query.springdata.BlogUserRepository;
import dev.prismaspring.benchmarks.query.springdata.FlatUser;
import dev.prismaspring.benchmarks.query.springdata.FlatUserRepository;
import dev.prismaspring.benchmarks.query.springdata.OwnedPost;
import dev.prismaspring.benchmarks.query.springdata.OwnedProfile;
import dev.prismaspring.benchmarks.query.springdata.Post;
import dev.prismaspring.benchmarks.query.springdata.PostRepository;
import dev.prismaspring.benchmarks.query.springdata.Profile;
import dev.prismaspring.benchmarks.query.springdata.ProfileRepository;
import dev.prismaspring.benchmarks.query.springdata.SpringDataJdbcConfiguration;
import dev.prismaspring.benchmarks.query.springdata.UserWithPosts;
import dev.prismaspring.benchmarks.query.springdata.UserWithPostsRepository;

/**
 * Spring Data JDBC's repositories in a plain Spring context (no Spring Boot), with its defaults:
 * derived queries, {@code saveAll} for the bulk insert, load and save for the updates and upserts
 * (in a {@link TransactionTemplate} where two aggregates change together), {@code @Query} for
 * aggregate and groupBy, and aggregates for the include and the nested create. Each answer is reported as a {@link Post} or
 * as a user in one of the aggregate shapes ({@code Object}), so the accessors look at its type.
 */
final class SpringDataJdbcQueries implements BlogQueries<Object, Post> {

	private final AnnotationConfigApplicationContext context;

	private final FlatUserRepository users;

	private final UserWithPostsRepository usersWithPosts;

	private final BlogUserRepository blogUsers;

	private final PostRepository posts;

	private final ProfileRepository profiles;

	private final TransactionTemplate transactions;

	SpringDataJdbcQueries(DataSource dataSource) {
		this.context = new AnnotationConfigApplicationContext();
		this.context.registerBean(DataSource.class, () -> dataSource);
		this.context.register(SpringDataJdbcConfiguration.class);
		this.context.refresh();
		this.users = this.context.getBean(FlatUserRepository.class);
		this.usersWithPosts = this.context.getBean(UserWithPostsRepository.class);
		this.blogUsers = this.context.getBean(BlogUserRepository.class);
		this.posts = this.context.getBean(PostRepository.class);
		this.profiles = this.context.getBean(ProfileRepository.class);
		this.transactions = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class));
	}

	@Override
	public Object findUnique(int id) {
		return this.users.findById(id).orElse(null);
	}

	@Override
	public Object findUniqueWithPosts(int id) {
		return this.usersWithPosts.findById(id).orElse(null);
	}

	@Override
	public Post findFirst(int authorId) {
		return this.posts.findFirstByAuthorIdAndPublishedTrueOrderByIdAsc(authorId).orElse(null);
	}

	@Override
	public List<Object> findMany() {
		return new ArrayList<>(this.users.findAll());
	}

	@Override
	public List<Post> findPage() {
		return this.posts.findTop10ByPublishedTrueAndTitleStartingWithOrderByIdDesc(BlogData.TITLE_PREFIX);
	}

	@Override
	public List<Object> findWithPosts() {
		return new ArrayList<>(this.usersWithPosts.findByIdLessThanEqual(BlogData.USERS_WITH_POSTS));
	}

	@Override
	public Post create(int authorId) {
		return this.posts.save(new Post("Created", null, false, authorId));
	}

	@Override
	public Object createNested(String email) {
		return this.blogUsers.save(new BlogUser(email, "Nested", new OwnedProfile("Nested bio"),
				Set.of(new OwnedPost("Nested post 1"), new OwnedPost("Nested post 2"))));
	}

	@Override
	public long createMany(List<NewPost> batch) {
		List<Post> entities = new ArrayList<>(batch.size());
		for (NewPost post : batch) {
			entities.add(new Post(post.title(), post.content(), post.published(), post.authorId()));
		}
		return this.posts.saveAll(entities).size();
	}

	@Override
	public Post update(int id, String title) {
		Post post = this.posts.findById(id).orElseThrow();
		post.setTitle(title);
		return this.posts.save(post);
	}

	@Override
	public Object updateNested(int id, String name, String bio) {
		return this.transactions.execute((status) -> {
			FlatUser user = this.users.findById(id).orElseThrow();
			user.setName(name);
			Profile profile = this.profiles.findByUserId(id).orElseThrow();
			profile.setBio(bio);
			this.profiles.save(profile);
			return this.users.save(user);
		});
	}

	@Override
	public Object upsert(int id, String name) {
		String email = "user" + id + "@bench.example";
		return this.transactions.execute((status) -> {
			FlatUser user = this.users.findByEmail(email).orElseGet(() -> new FlatUser(email, name));
			user.setName(name);
			return this.users.save(user);
		});
	}

	@Override
	public Object upsertNested(int id, String bio) {
		return this.transactions.execute((status) -> {
			FlatUser user = this.users.findById(id).orElseThrow();
			Profile profile = this.profiles.findByUserId(id).orElseGet(() -> new Profile(bio, id));
			profile.setBio(bio);
			this.profiles.save(profile);
			return user;
		});
	}

	@Override
	public int createAndDelete(int authorId) {
		Post post = this.posts.save(new Post("Short-lived", null, false, authorId));
		this.posts.deleteById(post.getId());
		return post.getId();
	}

	@Override
	public long count() {
		return this.users.count();
	}

	@Override
	public PostSummary aggregate() {
		return this.posts.summarizePublished();
	}

	@Override
	public List<AuthorPosts> groupBy() {
		return this.posts.postsPerAuthor(BlogData.USERS_WITH_POSTS);
	}

	@Override
	public int id(Object user) {
		if (user instanceof UserWithPosts withPosts) {
			return withPosts.getId();
		}
		if (user instanceof BlogUser blogUser) {
			return blogUser.getId();
		}
		return ((FlatUser) user).getId();
	}

	@Override
	public String name(Object user) {
		if (user instanceof UserWithPosts withPosts) {
			return withPosts.getName();
		}
		return ((FlatUser) user).getName();
	}

	@Override
	public String email(Object user) {
		if (user instanceof UserWithPosts withPosts) {
			return withPosts.getEmail();
		}
		if (user instanceof BlogUser blogUser) {
			return blogUser.getEmail();
		}
		return ((FlatUser) user).getEmail();
	}

	@Override
	public int loadedPosts(Object user) {
		return ((UserWithPosts) user).getPosts().size();
	}

	@Override
	public int postId(Post post) {
		return post.getId();
	}

	@Override
	public String title(Post post) {
		return post.getTitle();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
