package dev.prismaspring.codegen;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import dev.prismaspring.client.PrismaClient;
import dev.prismaspring.client.builder.AggregateResult;
import dev.prismaspring.client.errors.RecordNotFoundException;
import dev.prismaspring.client.errors.UniqueConstraintViolationException;
import dev.prismaspring.client.query.OrderBy.Nulls;
import dev.prismaspring.codegen.blog.Post;
import dev.prismaspring.codegen.blog.PostRepository;
import dev.prismaspring.codegen.blog.Profile;
import dev.prismaspring.codegen.blog.ProfileRepository;
import dev.prismaspring.codegen.blog.User;
import dev.prismaspring.codegen.blog.UserRepository;
import dev.prismaspring.migrate.MigrationScripts;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SchemaFiles;
import dev.prismaspring.schema.model.Datamodel;
import dev.prismaspring.test.PostgresTest;
import dev.prismaspring.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The typed client of the getting-started schema on a real database: the code below is what an
 * application writes, compiled against the generated sources.
 */
@PostgresTest
class GettingStartedClientTests {

	private static PrismaClient client;

	private static TestDatabase database;

	private final UserRepository users = new UserRepository(client);

	private final PostRepository posts = new PostRepository(client);

	private final ProfileRepository profiles = new ProfileRepository(client);

	@BeforeAll
	static void createTables(TestDatabase testDatabase) {
		database = testDatabase;
		Datamodel datamodel = PrismaSchema.validate(SchemaFiles.load(Path.of("src/test/resources/blog/schema.prisma")))
			.datamodel();
		database.execute(MigrationScripts.fromEmpty(datamodel));
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(database.jdbcUrl());
		dataSource.setUser(database.user());
		if (database.password() != null) {
			dataSource.setPassword(database.password());
		}
		client = PrismaClient.create(datamodel, dataSource);
	}

	@BeforeEach
	void seed() {
		database.execute("TRUNCATE \"User\", \"Post\", \"Profile\" RESTART IDENTITY CASCADE");
		this.users.create((d) -> d.email("alice@prisma.io")
			.name("Alice")
			.profile((p) -> p.create((c) -> c.bio("I like turtles")))
			.posts((p) -> p.create((c) -> c.title("Join the Prisma Discord").published(true))
				.create((c) -> c.title("Follow Prisma on Twitter"))));
		this.users.create((d) -> d.email("bob@prisma.io")
			.name("Bob")
			.posts((p) -> p.create((c) -> c.title("Subscribe to Prisma's newsletter").published(true))));
		this.users.create((d) -> d.email("nameless@example.com"));
	}

	@Test
	void findManyWithFiltersOrderTakeAndANestedInclude() {
		List<User> found = this.users.findMany((q) -> q.where((w) -> w.email().endsWith("@prisma.io").name().not(null))
			.orderBy((o) -> o.name().asc())
			.take(10)
			.include((i) -> i.posts((p) -> p.where((w) -> w.published().equals(true)).orderBy((o) -> o.createdAt().desc()))));
		assertThat(found).extracting(User::name).containsExactly("Alice", "Bob");
		assertThat(found.get(0).posts().get()).extracting(Post::title).containsExactly("Join the Prisma Discord");
		assertThat(found.get(0).profile().isLoaded()).isFalse();
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(() -> found.get(0).profile().get())
			.withMessageContaining("`profile`");
	}

	@Test
	void findUniqueByEachUniqueCriterionWithAShape() {
		User alice = this.users.findUnique((u) -> u.email("alice@prisma.io"), (s) -> s.include((i) -> i.profile()._count()))
			.orElseThrow();
		assertThat(alice.profile().get().bio()).isEqualTo("I like turtles");
		assertThat(alice._count().posts()).isEqualTo(2L);
		User counted = this.users.findUniqueOrThrow((u) -> u.email("alice@prisma.io"), (s) -> s.select((x) -> x.email()
			._count((c) -> c.posts((w) -> w.published().equals(true)))));
		assertThat(counted._count().posts()).isEqualTo(1L);
		assertThat(counted.posts().isLoaded()).isFalse();
		assertThat(this.users.findUnique((u) -> u.id(alice.id()))).get().extracting(User::email).isEqualTo("alice@prisma.io");
		assertThat(this.profiles.findUnique((u) -> u.userId(alice.id()))).isPresent();
		assertThat(this.users.findUnique((u) -> u.email("nobody@prisma.io"))).isEmpty();
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> this.users.findUniqueOrThrow((u) -> u.email("nobody@prisma.io")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2025"));
	}

	@Test
	void selectAndOmitLeaveFieldsOutWithoutMakingThemLookEmpty() {
		User selected = this.users.findFirstOrThrow((q) -> q.where((w) -> w.email().equals("alice@prisma.io"))
			.select((s) -> s.email().posts((p) -> p.select((ps) -> ps.title()).orderBy((o) -> o.title().asc()))));
		assertThat(selected.email()).isEqualTo("alice@prisma.io");
		assertThat(selected.id()).isNull();
		assertThat(selected.profile().isLoaded()).isFalse();
		assertThat(selected.posts().get()).extracting(Post::title)
			.containsExactly("Follow Prisma on Twitter", "Join the Prisma Discord");
		User omitted = this.users.findFirstOrThrow((q) -> q.where((w) -> w.name().equals("Bob")).omit((f) -> f.email()));
		assertThat(omitted.email()).isNull();
		assertThat(omitted.name()).isEqualTo("Bob");
	}

	@Test
	void relationFiltersAndOrNot() {
		assertThat(this.users.findMany((q) -> q.where((w) -> w.posts((r) -> r.some((p) -> p.published().equals(true))))
			.orderBy((o) -> o.email().asc()))).extracting(User::name).containsExactly("Alice", "Bob");
		assertThat(this.users.findMany((q) -> q.where((w) -> w.posts((r) -> r.none())))).extracting(User::email)
			.containsExactly("nameless@example.com");
		assertThat(this.users.findMany((q) -> q.where((w) -> w.posts((r) -> r.every((p) -> p.published().equals(true))))
			.orderBy((o) -> o.email().asc()))).extracting(User::email).containsExactly("bob@prisma.io", "nameless@example.com");
		assertThat(this.users.findMany((q) -> q.where((w) -> w.or((a) -> a.name().startsWith("A"),
				(b) -> b.email().insensitive().contains("BOB")))
			.orderBy((o) -> o.name().asc(Nulls.LAST)))).extracting(User::name).containsExactly("Alice", "Bob");
		assertThat(this.users.findMany((q) -> q.where((w) -> w.not((n) -> n.email().endsWith("@prisma.io")))))
			.extracting(User::email).containsExactly("nameless@example.com");
		assertThat(this.posts.findMany((q) -> q.where((w) -> w.author((a) -> a.is((u) -> u.name().equals("Bob"))))))
			.extracting(Post::title).containsExactly("Subscribe to Prisma's newsletter");
		assertThat(this.users.count((q) -> q.where((w) -> w.profile((p) -> p.isNull())))).isEqualTo(2);
	}

	@Test
	void orderByRelationsAndTheirCountsWithCursorPagination() {
		assertThat(this.posts.findMany((q) -> q.orderBy((o) -> o.author((a) -> a.name().desc()).title().asc())))
			.extracting(Post::title)
			.containsExactly("Subscribe to Prisma's newsletter", "Follow Prisma on Twitter", "Join the Prisma Discord");
		assertThat(this.users.findMany((q) -> q.orderBy((o) -> o.posts()._count().desc()).take(1)))
			.extracting(User::name).containsExactly("Alice");
		User bob = this.users.findUniqueOrThrow((u) -> u.email("bob@prisma.io"));
		assertThat(this.users.findMany((q) -> q.orderBy((o) -> o.id().asc()).cursor((c) -> c.id(bob.id())).skip(1)))
			.extracting(User::email).containsExactly("nameless@example.com");
		assertThat(this.posts.findMany((q) -> q.distinct((f) -> f.published()).orderBy((o) -> o.published().asc())))
			.hasSize(2);
		assertThat(this.posts.findMany((q) -> q.where((w) -> w.title().search("discord | twitter"))
			.orderBy((o) -> o.title().asc()))).extracting(Post::title)
			.containsExactly("Follow Prisma on Twitter", "Join the Prisma Discord");
		// Prisma's _relevance: the post that matches neither word ranks lowest, so it comes first ascending.
		assertThat(this.posts.findMany((q) -> q.orderBy((o) -> o._relevance("discord | twitter", o.title(), o.content()).asc()
			.id().asc()))).extracting(Post::title)
			.containsExactly("Subscribe to Prisma's newsletter", "Join the Prisma Discord", "Follow Prisma on Twitter");
	}

	@Test
	void updatesWithNestedWritesAndAtomicOperations() {
		User alice = this.users.update((u) -> u.email("alice@prisma.io"), (d) -> d.name("Alice Liddell")
			.posts((p) -> p.updateMany((w) -> w.published().equals(false), (x) -> x.published(true))
				.create((c) -> c.title("Down the Rabbit-Hole")))
			.profile((p) -> p.update((x) -> x.bio("Curiouser and curiouser"))),
				(s) -> s.include((i) -> i.posts((p) -> p.orderBy((o) -> o.id().asc())).profile()));
		assertThat(alice.name()).isEqualTo("Alice Liddell");
		assertThat(alice.posts().get()).extracting(Post::published).containsExactly(true, true, false);
		assertThat(alice.profile().get().bio()).isEqualTo("Curiouser and curiouser");
		Profile profile = alice.profile().get();
		Profile moved = this.profiles.update((u) -> u.id(profile.id()), (d) -> d.id((v) -> v.increment(100)));
		assertThat(moved.id()).isEqualTo(profile.id() + 100);
		assertThat(this.posts.updateMany((w) -> w.author((a) -> a.is((u) -> u.name().equals("Bob"))),
				(d) -> d.title("Renamed"))).isEqualTo(1);
		List<Post> renamed = this.posts.updateManyAndReturn((w) -> w.title().equals("Renamed"),
				(d) -> d.title("Renamed again"), (s) -> s.include((i) -> i.author()));
		assertThat(renamed).extracting(Post::title).containsExactly("Renamed again");
		assertThat(renamed.get(0).author().get().name()).isEqualTo("Bob");
	}

	@Test
	void connectUpsertDeleteAndDeleteMany() {
		Post post = this.posts.create((d) -> d.title("Hello").author((a) -> a.connect((u) -> u.email("bob@prisma.io"))),
				(s) -> s.include((i) -> i.author()));
		assertThat(post.author().get().name()).isEqualTo("Bob");
		User carol = this.users.upsert((u) -> u.email("carol@prisma.io"), (c) -> c.email("carol@prisma.io").name("Carol"),
				(x) -> x.name("Carol again"));
		assertThat(carol.name()).isEqualTo("Carol");
		assertThat(this.users.upsert((u) -> u.email("carol@prisma.io"), (c) -> c.email("carol@prisma.io"),
				(x) -> x.name("Carol again")).name()).isEqualTo("Carol again");
		assertThat(this.users.delete((u) -> u.id(carol.id())).email()).isEqualTo("carol@prisma.io");
		assertThat(this.posts.deleteMany((w) -> w.title().equals("Hello"))).isEqualTo(1);
		assertThat(this.users.count()).isEqualTo(3);
	}

	@Test
	void createManyAndCreateManyAndReturn() {
		assertThat(this.users.createMany((d) -> d.email("a@example.com"), (d) -> d.email("b@example.com"))).isEqualTo(2);
		assertThat(this.users.createMany(List.of((d) -> d.email("a@example.com"), (d) -> d.email("c@example.com")), true))
			.isEqualTo(1);
		List<User> created = this.users.createManyAndReturn(List.of((d) -> d.email("d@example.com").name("D")));
		assertThat(created).extracting(User::name).containsExactly("D");
		assertThatExceptionOfType(UniqueConstraintViolationException.class)
			.isThrownBy(() -> this.users.create((d) -> d.email("a@example.com")))
			.satisfies((ex) -> assertThat(ex.fields()).containsExactly("email"));
	}

	@Test
	void aggregatesAndGroups() {
		AggregateResult<Post> stats = this.posts.aggregate((a) -> a._count()._max((f) -> f.title())._min((f) -> f.id()));
		assertThat(stats.count()).isEqualTo(3);
		assertThat(stats.max().title()).isEqualTo("Subscribe to Prisma's newsletter");
		assertThat(stats.min().id()).isEqualTo(1);
		List<AggregateResult<Post>> byAuthor = this.posts.groupBy((g) -> g.by((f) -> f.authorId())
			._count()
			.having((h) -> h._countAll().gt(1L)));
		assertThat(byAuthor).hasSize(1);
		assertThat(byAuthor.get(0).count()).isEqualTo(2);
		assertThat(byAuthor.get(0).by().authorId()).isEqualTo(1);
		assertThat(byAuthor.get(0).by().title()).isNull();
	}

	@Test
	void repositoriesOfATransactionCommitOrRollBackTogether() {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> client.transaction((tx) -> {
			new UserRepository(tx).create((d) -> d.email("rolled@back.io"));
			throw new IllegalStateException("changed my mind");
		}));
		assertThat(this.users.findUnique((u) -> u.email("rolled@back.io"))).isEmpty();
		Post post = client.transaction((tx) -> {
			User dave = new UserRepository(tx).create((d) -> d.email("dave@prisma.io"));
			return new PostRepository(tx).create((d) -> d.title("Committed").authorId(dave.id()));
		});
		assertThat(this.posts.findUnique((u) -> u.id(post.id()))).isPresent();
	}
}
