package dev.prismaspring.schema.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.prismaspring.schema.PrismaException;
import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.url.EnvLookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatamodelTests {

	private static Datamodel datamodel(String text) {
		return PrismaSchema.validate(List.of(new SourceFile("schema.prisma", text))).datamodel();
	}

	private static final String BLOG = """
			datasource db {
			  provider          = "postgresql"
			  url               = env("DATABASE_URL")
			  shadowDatabaseUrl = "postgresql://u:secret@localhost/shadow"
			  extensions        = [pg_trgm, uuidOssp(map: "uuid-ossp", schema: "ext")]
			}

			generator client {
			  provider        = "prisma-client-java"
			  package         = "com.example.db"
			  previewFeatures = ["postgresqlExtensions"]
			}

			enum Role {
			  USER  @map("user")
			  ADMIN
			  @@map("role")
			}

			model User {
			  id      Int      @id @default(autoincrement())
			  email   String   @unique
			  role    Role     @default(USER)
			  posts   Post[]
			  profile Profile?
			  tags    Tag[]
			  @@map("users")
			}

			model Profile {
			  id     Int  @id
			  userId Int  @unique @map("user_id")
			  user   User @relation(fields: [userId], references: [id], onDelete: Cascade)
			}

			model Post {
			  id       String @id @default(uuid())
			  authorId Int?
			  author   User?  @relation(fields: [authorId], references: [id])
			  title    String
			  @@index([title(ops: raw("gin_trgm_ops"))], type: Gin)
			  @@index([authorId(sort: Desc)], map: "by_author")
			}

			model Tag {
			  name  String @id
			  users User[]
			}
			""";

	@Test
	void namesTablesColumnsAndConstraintsAsPrismaDoes() {
		Datamodel datamodel = datamodel(BLOG);
		Model user = datamodel.model("User").orElseThrow();
		assertThat(user.tableName()).isEqualTo("users");
		assertThat(user.primaryKey().constraintName()).isEqualTo("users_pkey");
		assertThat(user.indexes()).extracting(IndexDefinition::databaseName).containsExactly("users_email_key");
		Model profile = datamodel.model("Profile").orElseThrow();
		assertThat(profile.scalarField("userId").orElseThrow().columnName()).isEqualTo("user_id");
		assertThat(profile.indexes().get(0).databaseName()).isEqualTo("Profile_user_id_key");
		RelationField owner = profile.relationFields().get(0);
		assertThat(owner.foreignKeyName()).isEqualTo("Profile_user_id_fkey");
		assertThat(owner.onDelete()).isEqualTo(ReferentialAction.CASCADE);
		assertThat(owner.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
		Model post = datamodel.model("Post").orElseThrow();
		assertThat(post.indexes()).extracting(IndexDefinition::databaseName)
			.containsExactly("Post_title_idx", "by_author");
		assertThat(post.indexes().get(0).fields().get(0).operatorClass()).isEqualTo("gin_trgm_ops");
		assertThat(post.indexes().get(0).method()).isEqualTo("Gin");
		assertThat(post.indexes().get(1).fields().get(0).descending()).isTrue();
		assertThat(post.relationFields().get(0).onDelete()).as("optional relation").isEqualTo(ReferentialAction.SET_NULL);
		assertThat(post.scalarField("id").orElseThrow().defaultValue())
			.isEqualTo(new DefaultValue.Function("uuid", List.of("4")));
	}

	@Test
	void pairsRelationsAndFindsTheirKinds() {
		Datamodel datamodel = datamodel(BLOG);
		assertThat(datamodel.relations()).extracting(Relation::name, Relation::kind, Relation::modelA)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("PostToUser", Relation.Kind.ONE_TO_MANY, "Post"),
					org.assertj.core.groups.Tuple.tuple("ProfileToUser", Relation.Kind.ONE_TO_ONE, "Profile"),
					org.assertj.core.groups.Tuple.tuple("TagToUser", Relation.Kind.MANY_TO_MANY, "Tag"));
		Relation tags = datamodel.relations().stream().filter((r) -> r.kind() == Relation.Kind.MANY_TO_MANY).findFirst()
			.orElseThrow();
		assertThat(tags.joinTableName()).isEqualTo("_TagToUser");
	}

	@Test
	void readsConfigurationWithoutShowingSecrets() {
		Datamodel datamodel = datamodel(BLOG);
		Datasource datasource = datamodel.datasource();
		assertThat(datasource.url().resolve(EnvLookup.of(Map.of("DATABASE_URL", "postgresql://x/y")))).contains(
				"postgresql://x/y");
		assertThat(datasource.shadowDatabaseUrl().toString()).doesNotContain("secret");
		assertThat(datasource.extensions()).extracting(Datasource.Extension::databaseName, Datasource.Extension::schema)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("pg_trgm", null),
					org.assertj.core.groups.Tuple.tuple("uuid-ossp", "ext"));
		assertThat(datamodel.generators().get(0).settings()).containsEntry("package", "com.example.db");
		EnumType role = datamodel.enumType("Role").orElseThrow();
		assertThat(role.databaseName()).isEqualTo("role");
		assertThat(role.databaseValue("USER")).isEqualTo("user");
	}

	@Test
	void cutsLongConstraintNamesToPostgresLimit() {
		String longName = "A".repeat(70);
		Datamodel datamodel = datamodel("""
				datasource db {
				  provider = "postgresql"
				}
				model %s {
				  id Int @id
				  value Int @unique
				}
				""".formatted(longName));
		Model model = datamodel.models().get(0);
		assertThat(model.primaryKey().constraintName()).isEqualTo("A".repeat(58) + "_pkey").hasSize(63);
		assertThat(model.indexes().get(0).databaseName()).isEqualTo("A".repeat(59) + "_key");
	}

	@Test
	void refusesSchemaWithErrors() {
		assertThatExceptionOfType(PrismaException.class).isThrownBy(() -> datamodel("model A {\n  id Nope @id\n}\n"))
			.satisfies((exception) -> assertThat(exception.code()).isEqualTo("P1012"))
			.withMessageContaining("Nope");
	}

	@Test
	void namesOperatorClassesAsPostgresDoes() {
		assertThat(OperatorClasses.databaseName("JsonbPathOps")).isEqualTo("jsonb_path_ops");
		assertThat(OperatorClasses.databaseName("Int4MinMaxMultiOps")).isEqualTo("int4_minmax_multi_ops");
		assertThat(OperatorClasses.databaseName("TimestampTzBloomOps")).isEqualTo("timestamptz_bloom_ops");
	}
}
