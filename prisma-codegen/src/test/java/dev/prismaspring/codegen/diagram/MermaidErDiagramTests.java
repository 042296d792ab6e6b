package dev.prismaspring.codegen.diagram;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.model.Datamodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The diagram of a schema with every kind of relation: one-to-one (identifying, its foreign key
 * being the primary key), one-to-many, implicit many-to-many, an optional self relation, a
 * self many-to-many, an enum, a list and a compound unique constraint.
 */
class MermaidErDiagramTests {

	private static final String SCHEMA = """
			datasource db {
			  provider = "postgresql"
			  url      = env("DATABASE_URL")
			}

			enum Role {
			  USER
			  ADMIN
			}

			model User {
			  id        Int      @id @default(autoincrement())
			  email     String   @unique
			  role      Role     @default(USER)
			  tags      String[]
			  managerId Int?
			  manager   User?    @relation("Management", fields: [managerId], references: [id])
			  reports   User[]   @relation("Management")
			  followers User[]   @relation("Follows")
			  following User[]   @relation("Follows")
			  profile   Profile?
			  posts     Post[]
			}

			model Profile {
			  userId Int     @id
			  bio    String?
			  user   User    @relation(fields: [userId], references: [id])
			}

			model Post {
			  id         Int        @id @default(autoincrement())
			  title      String
			  authorId   Int
			  author     User       @relation(fields: [authorId], references: [id])
			  categories Category[]
			}

			model Category {
			  id    Int    @id @default(autoincrement())
			  slug  String
			  lang  String
			  posts Post[]

			  @@unique([slug, lang])
			}
			""";

	@Test
	void everyModelEnumAndRelationIsDrawnWithItsKeysAndCardinalities() {
		assertThat(MermaidErDiagram.render(datamodel(SCHEMA))).isEqualTo("""
				erDiagram
				    User {
				        Int id PK
				        String email UK
				        Role role
				        String[] tags
				        Int managerId FK "optional"
				    }
				    Profile {
				        Int userId PK, FK
				        String bio "optional"
				    }
				    Post {
				        Int id PK
				        String title
				        Int authorId FK
				    }
				    Category {
				        Int id PK
				        String slug
				        String lang
				    }
				    Role {
				        enum USER
				        enum ADMIN
				    }
				    User |o..o{ User : "reports / manager"
				    User }o..o{ User : "followers / following (_Follows)"
				    User ||--o| Profile : "profile / user"
				    User ||..o{ Post : "posts / author"
				    Category }o..o{ Post : "posts / categories (_CategoryToPost)"
				""");
	}

	@Test
	void aOneToOneWhoseForeignKeyIsNotThePrimaryKeyIsDashedAndItsForeignKeyUnique() {
		String schema = """
				model User {
				  id      Int      @id
				  profile Profile?
				}

				model Profile {
				  id     Int  @id
				  userId Int? @unique
				  user   User? @relation(fields: [userId], references: [id])
				}
				""";
		assertThat(MermaidErDiagram.render(datamodel(schema))).isEqualTo("""
				erDiagram
				    User {
				        Int id PK
				    }
				    Profile {
				        Int id PK
				        Int userId FK, UK "optional"
				    }
				    User |o..o| Profile : "profile / user"
				""");
	}

	@Test
	void replacingTheSectionKeepsTheTextAroundTheMarkers() {
		String markdown = "# Schema\n\n<!-- er-diagram:start -->\nold\n<!-- er-diagram:end -->\n\nAfter.\n";
		String updated = MermaidErDiagram.replaceSection(markdown, "erDiagram\n    A {\n    }\n");
		assertThat(updated).isEqualTo("# Schema\n\n<!-- er-diagram:start -->\n```mermaid\nerDiagram\n    A {\n    }\n```\n"
				+ "<!-- er-diagram:end -->\n\nAfter.\n");
		assertThat(MermaidErDiagram.section(updated)).isEqualTo(MermaidErDiagram.fenced("erDiagram\n    A {\n    }\n"));
	}

	@Test
	void aTextWithoutMarkersIsRefusedWithWhatToAdd() {
		assertThatIllegalArgumentException().isThrownBy(() -> MermaidErDiagram.section("# Schema\n"))
			.withMessageContaining("<!-- er-diagram:start -->")
			.withMessageContaining("add them where the diagram belongs");
	}

	private static Datamodel datamodel(String text) {
		ValidatedSchema schema = PrismaSchema.validate(List.of(new SourceFile("schema.prisma", text)));
		assertThat(schema.errors()).isEmpty();
		return schema.datamodel();
	}

}
