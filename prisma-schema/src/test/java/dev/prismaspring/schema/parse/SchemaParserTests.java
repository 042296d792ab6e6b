package dev.prismaspring.schema.parse;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.ArrayExpression;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Comment;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.EmptyLine;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.FunctionCall;
import dev.prismaspring.schema.ast.InvalidLine;
import dev.prismaspring.schema.ast.NumericLiteral;
import dev.prismaspring.schema.ast.SchemaFile;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostic;
import dev.prismaspring.schema.diagnostics.Diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SchemaParserTests {

	private final Diagnostics diagnostics = new Diagnostics();

	private SchemaFile parse(String text) {
		return SchemaParser.parse(new SourceFile("schema.prisma", text), this.diagnostics);
	}

	private List<String> errorsAsLineColumnMessage() {
		return this.diagnostics.all()
			.stream()
			.map((diagnostic) -> diagnostic.span().line() + ":" + diagnostic.span().column() + " " + diagnostic.message())
			.toList();
	}

	@Test
	void fieldWithTypeArityAttributesAndTrailingCommentIsRead() {
		SchemaFile file = parse("""
				model User {
				  /// the address
				  email String? @unique @db.VarChar(200) // used to log in
				}
				""");
		Block user = file.blocks().get(0);
		Field email = user.field("email");
		assertThat(user.kind()).isEqualTo(BlockKind.MODEL);
		assertThat(email.type().name()).isEqualTo("String");
		assertThat(email.type().arity()).isEqualTo(Arity.OPTIONAL);
		assertThat(email.attributes()).extracting("name").containsExactly("unique", "db.VarChar");
		assertThat(((NumericLiteral) email.attribute("db.VarChar").argumentList().get(0).value()).raw()).isEqualTo("200");
		assertThat(email.trailingComment().text()).isEqualTo("// used to log in");
		assertThat(email.documentation()).isEqualTo("the address");
		assertThat(email.span().text()).isEqualTo("email String? @unique @db.VarChar(200)");
		assertThat(this.diagnostics.all()).isEmpty();
	}

	@Test
	void argumentsOfEveryShapeAreRead() {
		SchemaFile file = parse("""
				model Post {
				  id Int @id @default(autoincrement())
				  tags String[] @default(["a", "b\\"c"])
				  @@index([title(sort: Desc, ops: raw("x")), id], type: Gin, map:)
				}
				""");
		Block post = file.blocks().get(0);
		FunctionCall call = (FunctionCall) post.field("id").attribute("default").argumentList().get(0).value();
		assertThat(call.name()).isEqualTo("autoincrement");
		ArrayExpression tags = (ArrayExpression) post.field("tags").attribute("default").argumentList().get(0).value();
		assertThat(tags.elements()).extracting((element) -> ((StringLiteral) element).value()).containsExactly("a", "b\"c");
		BlockAttribute index = post.attributes().get(0);
		assertThat(index.name()).isEqualTo("index");
		assertThat(index.attribute().argumentList()).extracting((argument) -> argument.isNamed() ? argument.name().name() : null)
			.containsExactly(null, "type", "map");
		assertThat(index.attribute().argumentList().get(2).value()).isNull();
		assertThat(((ConstantValue) index.attribute().argumentList().get(1).value()).value()).isEqualTo("Gin");
		assertThat(this.diagnostics.all()).isEmpty();
	}

	@Test
	void commentsEmptyLinesAndDocumentationAreKeptInOrder() {
		SchemaFile file = parse("""
				// header

				/// A user
				/// of the blog
				model User {
				  id Int @id

				  // note
				}
				""");
		assertThat(file.items()).hasExactlyElementsOfTypes(Comment.class, EmptyLine.class, Comment.class, Comment.class,
				Block.class);
		Block user = file.blocks().get(0);
		assertThat(user.documentation()).isEqualTo("A user\nof the blog");
		assertThat(user.entries()).hasExactlyElementsOfTypes(Field.class, EmptyLine.class, Comment.class);
	}

	@Test
	void invalidLinesAreReportedOneByOneAndReadingGoesOn() {
		SchemaFile file = parse("""
				model A {
				  id Int @id
				  x String @default("a"
				  @@unique([id]) extra
				}
				foo bar
				enum E {
				  B C
				}
				""");
		assertThat(errorsAsLineColumnMessage()).containsExactly(
				"3:3 Error validating: This line is not a valid field or attribute definition.",
				"4:3 Error validating: This line is not a valid field or attribute definition.",
				"6:1 Error validating: This line is invalid. It does not start with any known Prisma schema keyword.",
				"8:3 Error validating: This line is not an enum value definition.");
		assertThat(file.blocks()).extracting((block) -> block.name().name()).containsExactly("A", "E");
		assertThat(file.blocks().get(0).entries()).filteredOn(InvalidLine.class::isInstance).hasSize(2);
	}

	@Test
	void legacyTypeSyntaxIsReportedButTheFieldIsKept() {
		SchemaFile file = parse("""
				model A {
				  w Int[]?
				  v Int!
				  u [Int]
				  n
				}
				""");
		assertThat(errorsAsLineColumnMessage()).containsExactly(
				"2:5 Optional lists are not supported. Use either `Type[]` or `Type?`.",
				"3:5 Fields are required by default, `!` is no longer required.",
				"4:5 To specify a list, please use `Type[]` instead of `[Type]`.",
				"5:3 Error validating model \"A\": This field declaration is invalid. It is either missing a name or a type.");
		assertThat(file.blocks().get(0).fields()).extracting((field) -> field.name().name()).containsExactly("w", "v", "u", "n");
	}

	@Test
	void aBlockWithoutClosingBraceIsReadAgainLineByLine() {
		SchemaFile file = parse("""
				model A {
				  id Int @id
				model B {
				  id Int @id
				}
				""");
		// B's closing brace closes A, as in Prisma: the line "model B {" is an invalid field of A.
		assertThat(file.blocks()).extracting((block) -> block.name().name()).containsExactly("A");
		assertThat(errorsAsLineColumnMessage())
			.containsExactly("3:1 Error validating: This line is not a valid field or attribute definition.");

		Diagnostics unclosed = new Diagnostics();
		SchemaFile truncated = SchemaParser.parse(new SourceFile("s.prisma", "model A {\n  id Int @id\n"), unclosed);
		assertThat(truncated.blocks()).isEmpty();
		assertThat(unclosed.all()).extracting(Diagnostic::message)
			.containsOnly("Error validating: This line is invalid. It does not start with any known Prisma schema keyword.")
			.hasSize(2);
	}

	@Test
	void restOfTheOpeningLineIsIgnoredAndTopLevelGoesOnAfterTheClosingBrace() {
		SchemaFile file = parse("model A { id Int @id\n  key Int @id\n} model B {\n  id Int @id\n} // end\n");
		assertThat(file.blocks()).extracting((block) -> block.name().name()).containsExactly("A", "B");
		assertThat(file.blocks().get(0).fields()).extracting((field) -> field.name().name()).containsExactly("key");
		assertThat(file.items().get(file.items().size() - 1)).isInstanceOf(Comment.class);
		assertThat(this.diagnostics.all()).isEmpty();
	}

	@Test
	void configurationBlocksHoldProperties() {
		SchemaFile file = parse("""
				datasource db {
				  provider = "postgresql"
				  url      = env("DATABASE_URL") // from the environment
				  empty    =
				}
				generator client {
				  provider        = "prisma-client-js"
				  previewFeatures = ["views"]
				}
				""");
		Block db = file.blocks().get(0);
		assertThat(((StringLiteral) db.property("provider").value()).value()).isEqualTo("postgresql");
		FunctionCall env = (FunctionCall) db.property("url").value();
		assertThat(env.name()).isEqualTo("env");
		assertThat(((StringLiteral) env.argumentList().get(0).value()).value()).isEqualTo("DATABASE_URL");
		assertThat(db.property("empty").value()).isNull();
		assertThat(file.blocks().get(1).property("previewFeatures").value()).isInstanceOf(ArrayExpression.class);
		assertThat(this.diagnostics.all()).isEmpty();
	}

	@Test
	void carriageReturnsAndWhitespaceBeforeTypeSuffixesAreAccepted() {
		SchemaFile file = parse("model A {\r\n  id Int @id\r\n  name String ?\r\n  tags String [ ]\r\n}\r\n");
		Block a = file.blocks().get(0);
		assertThat(a.field("name").type().arity()).isEqualTo(Arity.OPTIONAL);
		assertThat(a.field("tags").type().arity()).isEqualTo(Arity.LIST);
		assertThat(a.field("id").span().text()).isEqualTo("id Int @id");
		assertThat(this.diagnostics.all()).isEmpty();
	}

	@Test
	void unsupportedTypesKeepTheirDatabaseType() {
		SchemaFile file = parse("model A {\n  id Int @id\n  geo Unsupported(\"geometry(Point, 4326)\")?\n}\n");
		Field geo = file.blocks().get(0).field("geo");
		assertThat(geo.type().isUnsupported()).isTrue();
		assertThat(geo.type().unsupported().value()).isEqualTo("geometry(Point, 4326)");
		assertThat(geo.type().arity()).isEqualTo(Arity.OPTIONAL);
	}

	@Test
	void manyUnclosedBlocksAreReadInLinearTime() {
		// Found by SchemaFuzzTest: each unclosed block read the rest of the file again, 20,000 times.
		String text = "model M {\n  id Int @id\n".repeat(20_000);
		SchemaFile file = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parse(text));
		assertThat(file.blocks()).isEmpty();
		assertThat(file.items()).filteredOn(InvalidLine.class::isInstance).hasSize(40_000);
	}

	@Test
	void nestingBeyondTheLimitMakesTheLineInvalidInsteadOfOverflowingTheStack() {
		// Found by SchemaFuzzTest: 20,000 nested calls overflowed the stack.
		String deep = "f(".repeat(20_000) + ")".repeat(20_000);
		String limit = "f(".repeat(ExpressionReader.MAX_DEPTH - 1) + ")".repeat(ExpressionReader.MAX_DEPTH - 1);
		SchemaFile file = parse("model A {\n  id Int @id @default(" + deep + ")\n  n Int @default(" + limit + ")\n}\n");
		Block a = file.blocks().get(0);
		assertThat(a.entries()).filteredOn(InvalidLine.class::isInstance).hasSize(1);
		assertThat(a.field("n")).isNotNull();
	}
}
