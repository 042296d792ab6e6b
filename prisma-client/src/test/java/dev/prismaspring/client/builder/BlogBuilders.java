package dev.prismaspring.client.builder;

import java.util.List;
import java.util.function.Consumer;

import dev.prismaspring.client.Json;
import dev.prismaspring.client.Related;
import dev.prismaspring.client.Row;

/** Builders written as the code generator writes them, for a small blog schema. */
final class BlogBuilders {

	private BlogBuilders() {
	}

	enum Status implements PrismaEnum {

		DRAFT, public_;

		@Override
		public String schemaName() {
			return (this == public_) ? "public" : name();
		}
	}

	record Post(Integer id, String title, Integer views, Status status, List<String> tags, Json meta,
			Related<User> author) {

		static Post fromRow(Row row) {
			return new Post(RowValues.integer(row, "id"), RowValues.string(row, "title"), RowValues.integer(row, "views"),
					RowValues.<Status>enumValue(row, "status", Status.class),
					RowValues.<String>list(row, "tags", RowValues::toText), RowValues.json(row, "meta"),
					RowValues.<User>toOne(row, "author", User::fromRow));
		}
	}

	record User(Integer id, String email, Related<List<Post>> posts, UserCount _count) {

		static User fromRow(Row row) {
			return new User(RowValues.integer(row, "id"), RowValues.string(row, "email"),
					RowValues.<Post>toMany(row, "posts", Post::fromRow), RowValues.<UserCount>counts(row, UserCount::fromRow));
		}
	}

	record UserCount(Long posts) {

		static UserCount fromRow(Row row) {
			return new UserCount(RowValues.bigInt(row, "posts"));
		}
	}

	static final class PostWhere extends WhereBuilder<PostWhere> {

		PostWhere() {
			super(PostWhere::new);
		}

		StringFilter<PostWhere> title() {
			return stringField("title");
		}

		NumberFilter<PostWhere, Integer> views() {
			return this.<Integer>numberField("views");
		}

		EnumFilter<PostWhere, Status> status() {
			return this.<Status>enumField("status");
		}

		ListFilter<PostWhere, String> tags() {
			return this.<String>listField("tags");
		}

		JsonFilter<PostWhere> meta() {
			return jsonField("meta");
		}

		PostWhere author(Consumer<ToOneFilter<UserWhere>> filter) {
			return this.<UserWhere>toOneRelation("author", UserWhere::new, filter);
		}
	}

	static final class UserWhere extends WhereBuilder<UserWhere> {

		UserWhere() {
			super(UserWhere::new);
		}

		StringFilter<UserWhere> email() {
			return stringField("email");
		}

		UserWhere posts(Consumer<ToManyFilter<PostWhere>> filter) {
			return this.<PostWhere>toManyRelation("posts", PostWhere::new, filter);
		}
	}

	static final class UserWhereUnique extends UniqueSelector {

		UserWhereUnique() {
			super("User");
		}

		UniqueWhere id(Integer value) {
			return key("id", value);
		}

		UniqueWhere email(String value) {
			return key("email", value);
		}
	}

	static final class PostWhereUnique extends UniqueSelector {

		PostWhereUnique() {
			super("Post");
		}

		UniqueWhere id(Integer value) {
			return key("id", value);
		}
	}

	static final class PostOrderBy extends OrderByBuilder<PostOrderBy> {

		SortField<PostOrderBy> title() {
			return sortField("title");
		}

		PostOrderBy author(Consumer<UserOrderBy> order) {
			return this.<UserOrderBy>sortRelation("author", UserOrderBy::new, order);
		}
	}

	static final class UserOrderBy extends OrderByBuilder<UserOrderBy> {

		SortField<UserOrderBy> email() {
			return sortField("email");
		}

		RelationOrder<UserOrderBy> posts() {
			return sortCount("posts");
		}
	}

	static final class PostFields extends FieldSelection<PostFields> {

		PostFields title() {
			return field("title");
		}

		PostFields views() {
			return field("views");
		}
	}

	static final class UserFields extends FieldSelection<UserFields> {

		UserFields email() {
			return field("email");
		}
	}

	static final class UserCountSelect extends FieldSelection<UserCountSelect> {

		UserCountSelect posts() {
			return field("posts");
		}
	}

	static final class UserSelect extends SelectBuilder<UserSelect> {

		UserSelect email() {
			return scalar("email");
		}

		UserSelect posts(Consumer<PostQuery> query) {
			return this.<PostQuery>relation("posts", PostQuery::new, query);
		}

		UserSelect _count(Consumer<UserCountSelect> relations) {
			return this.<UserCountSelect>counts(UserCountSelect::new, relations);
		}
	}

	static final class UserInclude extends SelectBuilder<UserInclude> {

		UserInclude posts() {
			return relation("posts");
		}

		UserInclude _count() {
			return countAll("posts");
		}
	}

	static final class PostSelect extends SelectBuilder<PostSelect> {

		PostSelect title() {
			return scalar("title");
		}

		PostSelect author(Consumer<UserShape> shape) {
			return this.<UserShape>relationShape("author", UserShape::new, shape);
		}
	}

	static final class PostInclude extends SelectBuilder<PostInclude> {

		PostInclude author() {
			return relation("author");
		}
	}

	static final class UserShape extends ShapeBuilder<UserShape, UserSelect, UserInclude, UserFields> {

		UserShape() {
			super(UserSelect::new, UserInclude::new, UserFields::new);
		}
	}

	static final class UserQuery extends QueryBuilder<UserQuery, UserWhere, UserOrderBy, UserWhereUnique, UserSelect, UserInclude, UserFields> {

		UserQuery() {
			super(UserWhere::new, UserOrderBy::new, new UserWhereUnique(), UserSelect::new, UserInclude::new, UserFields::new);
		}
	}

	static final class PostQuery extends QueryBuilder<PostQuery, PostWhere, PostOrderBy, PostWhereUnique, PostSelect, PostInclude, PostFields> {

		PostQuery() {
			super(PostWhere::new, PostOrderBy::new, new PostWhereUnique(), PostSelect::new, PostInclude::new, PostFields::new);
		}
	}

	static final class PostCreate extends CreateBuilder<PostCreate> {

		private static final CreateRequirements REQUIRED = CreateRequirements.of("Post").relation("author", "authorId").field("title");

		PostCreate() {
			this(null);
		}

		PostCreate(String parentRelation) {
			super(REQUIRED, parentRelation);
		}

		PostCreate title(String value) {
			return set("title", value);
		}

		PostCreate status(Status value) {
			return set("status", value);
		}

		PostCreate authorId(Integer value) {
			return set("authorId", value);
		}

		PostCreate author(Consumer<ToOneCreate<UserCreate, UserWhereUnique>> writes) {
			return this.<ToOneCreate<UserCreate, UserWhereUnique>>relation("author",
					new ToOneCreate<UserCreate, UserWhereUnique>(() -> new UserCreate("posts"), new UserWhereUnique()), writes);
		}
	}

	static final class UserCreate extends CreateBuilder<UserCreate> {

		private static final CreateRequirements REQUIRED = CreateRequirements.of("User").field("email");

		UserCreate() {
			this(null);
		}

		UserCreate(String parentRelation) {
			super(REQUIRED, parentRelation);
		}

		UserCreate email(String value) {
			return set("email", value);
		}

		UserCreate posts(Consumer<ToManyCreate<PostCreate, PostWhereUnique>> writes) {
			return this.<ToManyCreate<PostCreate, PostWhereUnique>>relation("posts",
					new ToManyCreate<PostCreate, PostWhereUnique>(() -> new PostCreate("author"), new PostWhereUnique()), writes);
		}
	}

	static final class PostUpdate extends WriteBuilder<PostUpdate> {

		PostUpdate title(String value) {
			return set("title", value);
		}

		PostUpdate views(Integer value) {
			return set("views", value);
		}

		PostUpdate views(Consumer<NumberUpdate<Integer>> update) {
			return this.<Integer>atomic("views", update);
		}

		PostUpdate tags(Consumer<ListUpdate<String>> update) {
			return this.<String>listUpdate("tags", update);
		}
	}

	static final class UserUpdate extends WriteBuilder<UserUpdate> {

		UserUpdate posts(Consumer<ToManyUpdate<PostCreate, PostUpdate, PostWhereUnique, PostWhere>> writes) {
			return this.<ToManyUpdate<PostCreate, PostUpdate, PostWhereUnique, PostWhere>>relation("posts",
					new ToManyUpdate<PostCreate, PostUpdate, PostWhereUnique, PostWhere>(() -> new PostCreate("author"),
							PostUpdate::new, new PostWhereUnique(), PostWhere::new),
					writes);
		}
	}

	static final class PostAggregate extends AggregateBuilder<PostAggregate, PostWhere, PostOrderBy, PostFields> {

		PostAggregate() {
			super(PostWhere::new, PostOrderBy::new, PostFields::new);
		}
	}

	static final class PostGroupBy extends GroupByBuilder<PostGroupBy, PostWhere, PostOrderBy, PostFields> {

		PostGroupBy() {
			super(PostWhere::new, PostOrderBy::new, PostFields::new);
		}
	}
}
