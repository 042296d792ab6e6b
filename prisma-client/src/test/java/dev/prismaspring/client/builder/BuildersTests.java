package dev.prismaspring.client.builder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.prismaspring.client.Json;
import dev.prismaspring.client.builder.BlogBuilders.PostAggregate;
import dev.prismaspring.client.builder.BlogBuilders.PostCreate;
import dev.prismaspring.client.builder.BlogBuilders.PostGroupBy;
import dev.prismaspring.client.builder.BlogBuilders.PostOrderBy;
import dev.prismaspring.client.builder.BlogBuilders.PostUpdate;
import dev.prismaspring.client.builder.BlogBuilders.PostWhere;
import dev.prismaspring.client.builder.BlogBuilders.Status;
import dev.prismaspring.client.builder.BlogBuilders.UserCreate;
import dev.prismaspring.client.builder.BlogBuilders.UserQuery;
import dev.prismaspring.client.builder.BlogBuilders.UserShape;
import dev.prismaspring.client.builder.BlogBuilders.UserUpdate;
import dev.prismaspring.client.builder.BlogBuilders.UserWhere;
import dev.prismaspring.client.builder.BlogBuilders.UserWhereUnique;
import dev.prismaspring.client.query.AggregateArgs;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.Filter.Condition;
import dev.prismaspring.client.query.Filter.ListOperator;
import dev.prismaspring.client.query.Filter.Operator;
import dev.prismaspring.client.query.Filter.Quantifier;
import dev.prismaspring.client.query.Filter.RelationCondition;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.OrderBy;
import dev.prismaspring.client.query.OrderBy.Direction;
import dev.prismaspring.client.query.OrderBy.Nulls;
import dev.prismaspring.client.query.Shape;
import dev.prismaspring.client.query.WriteData;
import dev.prismaspring.client.query.WriteData.Atomic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/** Typed builders produce the engine's query objects. */
class BuildersTests {

	private static Filter where(Consumer<PostWhere> filter) {
		PostWhere where = new PostWhere();
		filter.accept(where);
		return where.build();
	}

	@Test
	void oneConditionIsItselfAndSeveralAreAnd() {
		assertThat(where((w) -> w.title().contains("Prisma")))
			.isEqualTo(new Condition("title", Operator.CONTAINS, "Prisma", false));
		assertThat(where((w) -> w.title().insensitive().startsWith("p").views().gte(10)))
			.isEqualTo(new Filter.And(List.of(new Condition("title", Operator.STARTS_WITH, "p", true),
					new Condition("views", Operator.GTE, 10, false))));
		assertThat(where((w) -> {
		})).isEqualTo(Filter.ALL);
	}

	@Test
	void andOrNotNestFreshFiltersOfTheSameModel() {
		assertThat(where((w) -> w.or((a) -> a.views().lt(1), (b) -> b.title().equals(null)).not((n) -> n.views().in(1, 2))))
			.isEqualTo(new Filter.And(List.of(
					new Filter.Or(List.of(new Condition("views", Operator.LT, 1, false),
							new Condition("title", Operator.EQUALS, null, false))),
					new Filter.Not(List.of(new Condition("views", Operator.IN, List.of(1, 2), false))))));
	}

	@Test
	void enumsGoToTheEngineByTheirSchemaNames() {
		assertThat(where((w) -> w.status().in(Status.public_, Status.DRAFT)))
			.isEqualTo(new Condition("status", Operator.IN, List.of("public", "DRAFT"), false));
		assertThat(new PostCreate().status(Status.public_).scalars()).containsEntry("status", "public");
	}

	@Test
	void writeDataKeepsTheOrderValuesWereFirstSetInAndTheLastValue() {
		PostCreate create = new PostCreate().title("first").status(Status.DRAFT).authorId(1);
		for (int i = 0; i < 20; i++) {
			create.title("title " + i);
		}
		WriteData data = create.status(null).build();
		assertThat(data.scalars()).containsExactly(entry("title", "title 19"), entry("status", null),
				entry("authorId", 1));
		Map<String, Object> expected = new java.util.HashMap<>(Map.of("title", "title 19", "authorId", 1));
		expected.put("status", null);
		assertThat(data.scalars()).isEqualTo(expected).hasSameHashCodeAs(expected);
		assertThat(data.scalars().containsKey("status")).isTrue();
		assertThat(data.scalars().containsKey("views")).isFalse();
		// The data is a copy: setting the builder again does not change it.
		create.title("later");
		assertThat(data.scalars().get("title")).isEqualTo("title 19");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> data.scalars().put("title", "x"));
	}

	@Test
	void listJsonAndRelationConditions() {
		assertThat(where((w) -> w.tags().hasSome(List.of("java", "prisma"))))
			.isEqualTo(new Filter.ListCondition("tags", ListOperator.HAS_SOME, List.of("java", "prisma")));
		assertThat(where((w) -> w.meta().path("theme", "mode").equals(Json.of("\"dark\""))))
			.isEqualTo(new Filter.JsonCondition("meta", List.of("theme", "mode"), Operator.EQUALS, Json.of("\"dark\"")));
		assertThat(where((w) -> w.author((r) -> r.is((u) -> u.email().endsWith("@prisma.io")))))
			.isEqualTo(new RelationCondition("author", Quantifier.IS,
					new Condition("email", Operator.ENDS_WITH, "@prisma.io", false)));
		UserWhere users = new UserWhere().posts((r) -> r.some((p) -> p.views().gt(100)).none());
		assertThat(users.build()).isEqualTo(new Filter.And(List.of(
				new RelationCondition("posts", Quantifier.SOME, new Condition("views", Operator.GT, 100, false)),
				new RelationCondition("posts", Quantifier.NONE, Filter.ALL))));
		assertThat(where((w) -> w.author((r) -> r.isNull()))).isEqualTo(new RelationCondition("author", Quantifier.IS, null));
	}

	@Test
	void ordersByFieldsRelationsAndCounts() {
		assertThat(new PostOrderBy().title().desc(Nulls.LAST).author((a) -> a.email().asc()).build()).containsExactly(
				new OrderBy.ByField("title", Direction.DESC, Nulls.LAST),
				new OrderBy.ByRelation("author", new OrderBy.ByField("email", Direction.ASC, Nulls.DEFAULT)));
		assertThat(new BlogBuilders.UserOrderBy().posts()._count().desc().build())
			.containsExactly(new OrderBy.ByRelationCount("posts", Direction.DESC));
	}

	@Test
	void aQueryCollectsFilterOrderPaginationDistinctAndShape() {
		FindArgs args = new UserQuery().where((w) -> w.email().contains("@"))
			.where((w) -> w.posts((r) -> r.some()))
			.orderBy((o) -> o.email().asc())
			.cursor((c) -> c.id(7))
			.skip(1)
			.take(-10)
			.distinct((f) -> f.email())
			.include((i) -> i.posts()._count())
			.omit((f) -> f.email())
			.build();
		assertThat(args.where()).isInstanceOf(Filter.And.class);
		assertThat(((Filter.And) args.where()).filters()).hasSize(2);
		assertThat(args.cursor()).isEqualTo(Map.of("id", 7));
		assertThat(args.skip()).isEqualTo(1);
		assertThat(args.take()).isEqualTo(-10);
		assertThat(args.distinct()).containsExactly("email");
		assertThat(args.shape()).isEqualTo(new Shape(null, Set.of("email"), Map.of("posts", FindArgs.ALL), Set.of("posts")));
	}

	@Test
	void selectNamesEveryFieldAndNestsQueriesAndShapes() {
		Shape shape = new UserShape().select((s) -> s.email()
			.posts((p) -> p.where((w) -> w.views().gt(0)).take(3).select((ps) -> ps.title().author((a) -> a.select((u) -> u.email()))))
			._count((c) -> c.posts())).buildShape();
		assertThat(shape.scalars()).containsExactly("email");
		assertThat(shape.counts()).containsExactly("posts");
		FindArgs posts = shape.relations().get("posts");
		assertThat(posts.take()).isEqualTo(3);
		assertThat(posts.shape().scalars()).containsExactly("title");
		assertThat(posts.shape().relations().get("author").shape().scalars()).containsExactly("email");
	}

	@Test
	void selectDoesNotGoWithIncludeOrOmit() {
		assertThatExceptionOfType(QueryValidationException.class)
			.isThrownBy(() -> new UserShape().select((s) -> s.email()).include((i) -> i.posts()).buildShape())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2009"));
	}

	@Test
	void uniqueSelectorsNeedAValue() {
		assertThat(new UserWhereUnique().email("a@b.c").values()).isEqualTo(Map.of("email", "a@b.c"));
		assertThatExceptionOfType(QueryValidationException.class).isThrownBy(() -> new UserWhereUnique().id(null))
			.withMessageContaining("`User`")
			.withMessageContaining("`id`");
	}

	@Test
	void createDataChecksRequiredFieldsAndNestedWritesCountTheirParentAsGiven() {
		assertThatExceptionOfType(QueryValidationException.class).isThrownBy(() -> new PostCreate().authorId(1).build())
			.withMessage("Missing the required field `title` to create a `Post`: set it with .title(...).");
		WriteData user = new UserCreate().email("a@b.c").posts((p) -> p.create((c) -> c.title("Hello"))
			.connect((k) -> k.id(3))
			.createMany((c) -> c.title("One"), (c) -> c.title("Two"))).build();
		assertThat(user.relations().get("posts")).containsExactly(
				new NestedWrite.Create(new WriteData(Map.of("title", "Hello"), Map.of())),
				new NestedWrite.Connect(Map.of("id", 3)),
				new NestedWrite.CreateMany(List.of(new WriteData(Map.of("title", "One"), Map.of()),
						new WriteData(Map.of("title", "Two"), Map.of())), false));
		WriteData post = new PostCreate().title("Hi").author((a) -> a.connectOrCreate((k) -> k.email("a@b.c"),
				(c) -> c.email("a@b.c"))).build();
		assertThat(post.relations().get("author")).containsExactly(new NestedWrite.ConnectOrCreate(Map.of("email", "a@b.c"),
				new WriteData(Map.of("email", "a@b.c"), Map.of())));
	}

	@Test
	void createManyTakesScalarsOnly() {
		assertThatExceptionOfType(QueryValidationException.class)
			.isThrownBy(() -> NestedWrites.buildCreateMany(PostCreate::new,
					List.of((PostCreate c) -> c.title("x").author((a) -> a.connect((k) -> k.id(1))))))
			.withMessageContaining("foreign key fields")
			.withMessageContaining("[author]");
	}

	@Test
	void updatesSetValuesRunAtomicOperationsAndNestedWrites() {
		WriteData update = new PostUpdate().title("New").views((v) -> v.increment(1)).build();
		assertThat(update.scalars()).containsEntry("title", "New")
			.containsEntry("views", new Atomic(Atomic.Operation.INCREMENT, 1));
		assertThat(new PostUpdate().views((v) -> v.set(null)).build().scalars()).containsEntry("views", null);
		assertThat(new PostUpdate().tags((t) -> t.push("java")).build().scalars()).containsEntry("tags",
				new WriteData.Push("java"));
		assertThat(new PostUpdate().tags((t) -> t.pushAll(List.of("a", "b"))).build().scalars()).containsEntry("tags",
				new WriteData.Push(List.of("a", "b")));
		assertThatExceptionOfType(QueryValidationException.class)
			.isThrownBy(() -> new PostUpdate().views((v) -> {
				v.increment(1);
				v.decrement(1);
			}))
			.withMessageContaining("`views`");
		WriteData user = new UserUpdate().posts((p) -> p.updateMany((w) -> w.views().equals(0), (d) -> d.title("Unread"))
			.set((k) -> k.id(1), (k) -> k.id(2))
			.deleteMany()).build();
		assertThat(user.relations().get("posts")).containsExactly(
				new NestedWrite.UpdateMany(new Condition("views", Operator.EQUALS, 0, false),
						new WriteData(Map.of("title", "Unread"), Map.of())),
				new NestedWrite.Set(List.of(Map.of("id", 1), Map.of("id", 2))), new NestedWrite.DeleteMany(Filter.ALL));
	}

	@Test
	void aggregatesAndGroupsWithHaving() {
		AggregateArgs aggregate = new PostAggregate().where((w) -> w.views().gt(0))._count()._avg((f) -> f.views())
			._max((f) -> f.title().views()).build();
		assertThat(aggregate.count()).containsExactly("_all");
		assertThat(aggregate.avg()).containsExactly("views");
		assertThat(aggregate.max()).containsExactlyInAnyOrder("title", "views");
		assertThat(aggregate.by()).isEmpty();
		AggregateArgs group = new PostGroupBy().by((f) -> f.title())
			._sum((f) -> f.views())
			.having((h) -> h._avg((w) -> w.views().gt(10))._countAll().gte(2L))
			.build();
		assertThat(group.by()).containsExactly("title");
		assertThat(group.having()).isEqualTo(new Filter.And(List.of(new Condition("_avg.views", Operator.GT, 10, false),
				new Condition("_count._all", Operator.GTE, 2L, false))));
		assertThatExceptionOfType(QueryValidationException.class).isThrownBy(() -> new PostGroupBy()._count().build())
			.withMessageContaining("by(");
	}
}
