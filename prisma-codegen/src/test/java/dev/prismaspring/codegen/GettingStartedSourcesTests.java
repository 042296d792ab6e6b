package dev.prismaspring.codegen;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.prismaspring.client.PrismaClient;
import dev.prismaspring.client.PrismaRepository;
import dev.prismaspring.client.Related;
import dev.prismaspring.client.builder.ModelRepository;
import dev.prismaspring.client.builder.QueryValidationException;
import dev.prismaspring.client.builder.UniqueWhere;
import dev.prismaspring.codegen.blog.Post;
import dev.prismaspring.codegen.blog.PostCreate;
import dev.prismaspring.codegen.blog.PostRepository;
import dev.prismaspring.codegen.blog.ProfileWhereUnique;
import dev.prismaspring.codegen.blog.User;
import dev.prismaspring.codegen.blog.UserCount;
import dev.prismaspring.codegen.blog.UserCreate;
import dev.prismaspring.codegen.blog.UserRepository;
import dev.prismaspring.codegen.blog.UserWhereUnique;
import dev.prismaspring.schema.url.EnvLookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shape of the client generated for the getting-started schema (User, Post, Profile), as the
 * build generated it into {@code target/generated-test-sources/prisma-client} before these tests
 * compiled, and as the generator writes it now.
 */
class GettingStartedSourcesTests {

	private static Map<String, String> sources;

	@BeforeAll
	static void generate() throws IOException {
		Path schema = Path.of("src/test/resources/blog/schema.prisma");
		GenerationReport report = JavaClientGenerator.run(schema, null, InProcessCompiler.temporaryDirectory("blog"),
				EnvLookup.of(Map.of()));
		assertThat(report.settings().packageName()).isEqualTo("dev.prismaspring.codegen.blog");
		sources = report.files()
			.written()
			.stream()
			.collect(Collectors.toMap((path) -> path.getFileName().toString(), GettingStartedSourcesTests::read));
	}

	@Test
	void everyModelHasARecordARepositoryAndItsBuilders() {
		for (String model : List.of("User", "Post", "Profile")) {
			for (String suffix : List.of("", "Repository", "Where", "WhereUnique", "OrderBy", "Fields", "Select", "Include",
					"Shape", "Query", "Create", "Update", "Aggregate", "GroupBy")) {
				assertThat(sources).containsKey(model + suffix + ".java");
			}
		}
		assertThat(sources).containsKeys("UserCount.java", "UserCountSelect.java")
			.doesNotContainKeys("PostCount.java", "ProfileCount.java");
		assertThat(sources).hasSize(44);
	}

	@Test
	void theUserRecordHoldsScalarsInSchemaOrderThenRelationsThenCounts() {
		assertThat(User.class.isRecord()).isTrue();
		assertThat(Arrays.stream(User.class.getRecordComponents()).map(RecordComponent::getName))
			.containsExactly("id", "email", "name", "posts", "profile", "_count");
		assertThat(Arrays.stream(User.class.getRecordComponents()).map(RecordComponent::getGenericType)
			.map(Object::toString)).containsExactly("class java.lang.Integer", "class java.lang.String",
					"class java.lang.String", "dev.prismaspring.client.Related<java.util.List<dev.prismaspring.codegen.blog.Post>>",
					"dev.prismaspring.client.Related<dev.prismaspring.codegen.blog.Profile>",
					"class dev.prismaspring.codegen.blog.UserCount");
		assertThat(Arrays.stream(Post.class.getRecordComponents()).map(RecordComponent::getType))
			.containsExactly(Integer.class, java.time.Instant.class, java.time.Instant.class, String.class, String.class,
					Boolean.class, Integer.class, Related.class);
		assertThat(sources.get("User.java")).contains("public static User fromRow(Row row) {",
				"RowValues.<Post>toMany(row, \"posts\", Post::fromRow)", "RowValues.<UserCount>counts(row, UserCount::fromRow)");
	}

	@Test
	void uniqueLookupsAreTypedPerCriterion() throws NoSuchMethodException {
		assertThat(UserWhereUnique.class.getMethod("id", Integer.class).getReturnType()).isEqualTo(UniqueWhere.class);
		assertThat(UserWhereUnique.class.getMethod("email", String.class).getReturnType()).isEqualTo(UniqueWhere.class);
		assertThat(ProfileWhereUnique.class.getMethod("userId", Integer.class)).isNotNull();
		assertThat(declaredPublic(UserWhereUnique.class)).containsExactlyInAnyOrder("id", "email");
		assertThat(new UserWhereUnique().email("alice@prisma.io").values()).containsExactly(Map.entry("email", "alice@prisma.io"));
	}

	@Test
	void repositoriesAreMarkedAndTakeAPrismaClient() throws NoSuchMethodException {
		assertThat(UserRepository.class.getAnnotation(PrismaRepository.class).model()).isEqualTo("User");
		assertThat(UserRepository.class.getConstructor(PrismaClient.class)).isNotNull();
		assertThat(ModelRepository.class).isAssignableFrom(PostRepository.class);
		assertThat(UserRepository.class.getMethod("findUnique", Function.class)).isNotNull();
		assertThat(sources.get("UserRepository.java")).contains("@PrismaRepository(model = \"User\")",
				"public class UserRepository extends ModelRepository<User, UserWhere, UserWhereUnique, UserQuery, UserShape,"
						+ " UserCreate, UserUpdate, UserAggregate, UserGroupBy> {");
	}

	@Test
	void aCreateMissingARequiredFieldFailsWithItsNameBeforeAnySql() {
		assertThatExceptionOfType(QueryValidationException.class)
			.isThrownBy(() -> new PostCreate().author((a) -> a.connect((u) -> u.id(1))).build())
			.withMessageContaining("`title`")
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("P2012"));
		assertThatExceptionOfType(QueryValidationException.class).isThrownBy(() -> new PostCreate().title("Hello").build())
			.withMessageContaining("relation `author`")
			.withMessageContaining("authorId");
		assertThat(new PostCreate().title("Hello").authorId(1).build().scalars()).containsEntry("authorId", 1);
		assertThatExceptionOfType(QueryValidationException.class).isThrownBy(() -> new UserCreate().name("Alice").build())
			.withMessageContaining("`email`");
	}

	@Test
	void aPostCreatedUnderItsAuthorNeedsNoAuthor() {
		UserCreate user = new UserCreate().email("alice@prisma.io").posts((p) -> p.create((c) -> c.title("Hello")));
		assertThat(user.build().relations().get("posts")).hasSize(1);
	}

	@Test
	void relationCountsAreARecord() {
		assertThat(Arrays.stream(UserCount.class.getRecordComponents()).map(RecordComponent::getName)).containsExactly("posts");
	}

	@Test
	void sourcesSayTheyAreGenerated() {
		assertThat(sources.values()).allSatisfy((source) -> assertThat(source)
			.startsWith("// Generated by prisma-client-java from the Prisma schema. Do not edit: run `prisma generate` again.\n"
					+ "package dev.prismaspring.codegen.blog;\n"));
	}

	private static List<String> declaredPublic(Class<?> type) {
		return Arrays.stream(type.getDeclaredMethods())
			.filter((method) -> java.lang.reflect.Modifier.isPublic(method.getModifiers()))
			.map(Method::getName)
			.toList();
	}

	private static String read(Path path) {
		try {
			return java.nio.file.Files.readString(path);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
