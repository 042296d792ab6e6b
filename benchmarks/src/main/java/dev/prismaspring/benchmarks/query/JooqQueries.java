package dev.prismaspring.benchmarks.query;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * jOOQ 3.19's DSL without code generation: tables and fields declared by (unqualified) name, as no
 * query joins; records mapped to the same rows as the JDBC benchmark.
 */
final class JooqQueries implements BlogQueries<UserRow, PostRow> {

	private static final Table<Record> USER = DSL.table(DSL.name("User"));

	private static final Field<Integer> USER_ID = DSL.field(DSL.name("id"), Integer.class);

	private static final Field<String> USER_EMAIL = DSL.field(DSL.name("email"), String.class);

	private static final Field<String> USER_NAME = DSL.field(DSL.name("name"), String.class);

	private static final Table<Record> PROFILE = DSL.table(DSL.name("Profile"));

	private static final Field<String> PROFILE_BIO = DSL.field(DSL.name("bio"), String.class);

	private static final Field<Integer> PROFILE_USER_ID = DSL.field(DSL.name("userId"), Integer.class);

	private static final Table<Record> POST = DSL.table(DSL.name("Post"));

	private static final Field<Integer> POST_ID = DSL.field(DSL.name("id"), Integer.class);

	private static final Field<LocalDateTime> POST_CREATED_AT = DSL.field(DSL.name("createdAt"),
			LocalDateTime.class);

	private static final Field<LocalDateTime> POST_UPDATED_AT = DSL.field(DSL.name("updatedAt"),
			LocalDateTime.class);

	private static final Field<String> POST_TITLE = DSL.field(DSL.name("title"), String.class);

	private static final Field<String> POST_CONTENT = DSL.field(DSL.name("content"), String.class);

	private static final Field<Boolean> POST_PUBLISHED = DSL.field(DSL.name("published"), Boolean.class);

	private static final Field<Integer> POST_AUTHOR_ID = DSL.field(DSL.name("authorId"), Integer.class);

	private static final List<Field<?>> POST_COLUMNS = List.of(POST_ID, POST_CREATED_AT, POST_UPDATED_AT, POST_TITLE,
			POST_CONTENT, POST_PUBLISHED, POST_AUTHOR_ID);

	private final DSLContext dsl;

	JooqQueries(DataSource dataSource) {
		this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
	}

	@Override
	public UserRow findUnique(int id) {
		return this.dsl.select(USER_ID, USER_EMAIL, USER_NAME)
			.from(USER)
			.where(USER_ID.eq(id))
			.fetchOne(JooqQueries::user);
	}

	@Override
	public UserRow findUniqueWithPosts(int id) {
		UserRow user = findUnique(id);
		if (user == null) {
			return null;
		}
		return user.withPosts(this.dsl.select(POST_COLUMNS).from(POST).where(POST_AUTHOR_ID.eq(id)).fetch(JooqQueries::post));
	}

	@Override
	public PostRow findFirst(int authorId) {
		return this.dsl.select(POST_COLUMNS)
			.from(POST)
			.where(POST_AUTHOR_ID.eq(authorId).and(POST_PUBLISHED.eq(true)))
			.orderBy(POST_ID)
			.limit(1)
			.fetchOne(JooqQueries::post);
	}

	@Override
	public List<UserRow> findMany() {
		return this.dsl.select(USER_ID, USER_EMAIL, USER_NAME).from(USER).fetch(JooqQueries::user);
	}

	@Override
	public List<PostRow> findPage() {
		return this.dsl.select(POST_COLUMNS)
			.from(POST)
			.where(POST_PUBLISHED.eq(true).and(POST_TITLE.startsWith(BlogData.TITLE_PREFIX)))
			.orderBy(POST_ID.desc())
			.limit(10)
			.fetch(JooqQueries::post);
	}

	@Override
	public List<UserRow> findWithPosts() {
		List<UserRow> users = this.dsl.select(USER_ID, USER_EMAIL, USER_NAME)
			.from(USER)
			.where(USER_ID.le(BlogData.USERS_WITH_POSTS))
			.fetch(JooqQueries::user);
		List<Integer> ids = new ArrayList<>(users.size());
		for (UserRow user : users) {
			ids.add(user.id());
		}
		Map<Integer, List<PostRow>> byAuthor = this.dsl
			.select(POST_COLUMNS)
			.from(POST)
			.where(POST_AUTHOR_ID.in(ids))
			.fetchGroups(POST_AUTHOR_ID, JooqQueries::post);
		List<UserRow> result = new ArrayList<>(users.size());
		for (UserRow user : users) {
			result.add(user.withPosts(byAuthor.getOrDefault(user.id(), List.of())));
		}
		return result;
	}

	@Override
	public PostRow create(int authorId) {
		return this.dsl.insertInto(POST, POST_TITLE, POST_AUTHOR_ID, POST_UPDATED_AT)
			.values("Created", authorId, LocalDateTime.now())
			.returning(POST_COLUMNS)
			.fetchOne(JooqQueries::post);
	}

	@Override
	public UserRow createNested(String email) {
		return this.dsl.transactionResult((configuration) -> {
			DSLContext tx = configuration.dsl();
			UserRow user = tx.insertInto(USER, USER_EMAIL, USER_NAME)
				.values(email, "Nested")
				.returning(USER_ID, USER_EMAIL, USER_NAME)
				.fetchOne(JooqQueries::user);
			tx.insertInto(PROFILE, PROFILE_BIO, PROFILE_USER_ID).values("Nested bio", user.id()).execute();
			LocalDateTime now = LocalDateTime.now();
			tx.insertInto(POST, POST_TITLE, POST_AUTHOR_ID, POST_UPDATED_AT)
				.values("Nested post 1", user.id(), now)
				.values("Nested post 2", user.id(), now)
				.execute();
			return user;
		});
	}

	@Override
	public long createMany(List<NewPost> posts) {
		return this.dsl.transactionResult((configuration) -> {
			BatchBindStep batch = configuration.dsl()
				.batch(configuration.dsl()
					.insertInto(POST, POST_TITLE, POST_CONTENT, POST_PUBLISHED,
							POST_AUTHOR_ID, POST_UPDATED_AT)
					.values((String) null, null, null, null, null));
			LocalDateTime now = LocalDateTime.now();
			for (NewPost post : posts) {
				batch.bind(post.title(), post.content(), post.published(), post.authorId(), now);
			}
			long inserted = 0;
			for (int count : batch.execute()) {
				inserted += (count < 0) ? 1 : count;
			}
			return inserted;
		});
	}

	@Override
	public PostRow update(int id, String title) {
		return this.dsl.update(POST)
			.set(POST_TITLE, title)
			.set(POST_UPDATED_AT, LocalDateTime.now())
			.where(POST_ID.eq(id))
			.returning(POST_COLUMNS)
			.fetchOne(JooqQueries::post);
	}

	@Override
	public UserRow updateNested(int id, String name, String bio) {
		return this.dsl.transactionResult((configuration) -> {
			DSLContext tx = configuration.dsl();
			UserRow user = tx.update(USER)
				.set(USER_NAME, name)
				.where(USER_ID.eq(id))
				.returning(USER_ID, USER_EMAIL, USER_NAME)
				.fetchOne(JooqQueries::user);
			if (tx.update(PROFILE).set(PROFILE_BIO, bio).where(PROFILE_USER_ID.eq(id)).execute() != 1) {
				throw new IllegalStateException("User " + id + " has no profile to update");
			}
			return user;
		});
	}

	@Override
	public UserRow upsert(int id, String name) {
		return this.dsl.insertInto(USER, USER_EMAIL, USER_NAME)
			.values("user" + id + "@bench.example", name)
			.onConflict(USER_EMAIL)
			.doUpdate()
			.set(USER_NAME, DSL.excluded(USER_NAME))
			.returning(USER_ID, USER_EMAIL, USER_NAME)
			.fetchOne(JooqQueries::user);
	}

	@Override
	public UserRow upsertNested(int id, String bio) {
		return this.dsl.transactionResult((configuration) -> {
			DSLContext tx = configuration.dsl();
			tx.insertInto(PROFILE, PROFILE_BIO, PROFILE_USER_ID)
				.values(bio, id)
				.onConflict(PROFILE_USER_ID)
				.doUpdate()
				.set(PROFILE_BIO, DSL.excluded(PROFILE_BIO))
				.execute();
			return tx.select(USER_ID, USER_EMAIL, USER_NAME).from(USER).where(USER_ID.eq(id)).fetchOne(JooqQueries::user);
		});
	}

	@Override
	public int createAndDelete(int authorId) {
		Integer id = this.dsl
			.insertInto(POST, POST_TITLE, POST_AUTHOR_ID, POST_UPDATED_AT)
			.values("Short-lived", authorId, LocalDateTime.now())
			.returningResult(POST_ID)
			.fetchOne(0, Integer.class);
		return this.dsl.deleteFrom(POST).where(POST_ID.eq(id)).returningResult(POST_ID).fetchOne(0, Integer.class);
	}

	@Override
	public long count() {
		return this.dsl.fetchCount(USER);
	}

	@Override
	public PostSummary aggregate() {
		return this.dsl.select(DSL.count(), DSL.avg(POST_AUTHOR_ID), DSL.min(POST_ID), DSL.max(POST_ID))
			.from(POST)
			.where(POST_PUBLISHED.eq(true))
			.fetchOne((row) -> new PostSummary(row.value1(), row.value2().doubleValue(), row.value3(), row.value4()));
	}

	@Override
	public List<AuthorPosts> groupBy() {
		return this.dsl.select(POST_AUTHOR_ID, DSL.count(), DSL.max(POST_ID))
			.from(POST)
			.where(POST_AUTHOR_ID.le(BlogData.USERS_WITH_POSTS))
			.groupBy(POST_AUTHOR_ID)
			.orderBy(POST_AUTHOR_ID)
			.fetch((row) -> new AuthorPosts(row.value1(), row.value2(), row.value3()));
	}

	private static UserRow user(Record row) {
		return new UserRow(row.get(0, Integer.class), row.get(1, String.class), row.get(2, String.class), null);
	}

	private static PostRow post(Record row) {
		return new PostRow(row.get(0, Integer.class), row.get(1, LocalDateTime.class), row.get(2, LocalDateTime.class),
				row.get(3, String.class), row.get(4, String.class), row.get(5, Boolean.class), row.get(6, Integer.class));
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
