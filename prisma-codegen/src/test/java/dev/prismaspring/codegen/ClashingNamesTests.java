package dev.prismaspring.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.model.Datamodel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A schema full of names Java reserves or the JDK and the client use (models {@code Order},
 * {@code Record}, {@code Class}, {@code Integer}, {@code List}, {@code Related}, {@code Row},
 * fields {@code class}, {@code default}, {@code hashCode}, enum values {@code public}, ...).
 */
class ClashingNamesTests {

	private static List<GeneratedFile> files;

	private static Map<String, String> byName;

	@BeforeAll
	static void generate() throws IOException {
		String text;
		try (InputStream in = ClashingNamesTests.class.getResourceAsStream("/schemas/clashing-names.prisma")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Datamodel datamodel = PrismaSchema.validate(List.of(new SourceFile("clashing-names.prisma", text))).datamodel();
		GeneratorSettings settings = GeneratorSettings.fromSchema(datamodel, Path.of("schema.prisma"), (name) -> null);
		files = JavaClientGenerator.generate(datamodel, settings);
		byName = files.stream()
			.collect(Collectors.toMap((file) -> file.path().substring(file.path().lastIndexOf('/') + 1),
					GeneratedFile::content));
	}

	@Test
	void compilesWithoutWarnings() {
		assertThat(InProcessCompiler.compile(files, InProcessCompiler.temporaryDirectory("clash"))).isEmpty();
	}

	@Test
	void thePackageComesFromTheGeneratorBlock() {
		assertThat(files).allSatisfy((file) -> assertThat(file.path()).startsWith("clash/db/"));
	}

	@Test
	void javaKeywordsAndObjectMethodsGetATrailingUnderscore() {
		assertThat(byName.get("Order.java")).contains("java.lang.Integer hashCode_,", "String toString_,",
				"java.lang.Integer class__,", "String class_,", "String clash_,", "String dev_,", "String java_,");
		assertThat(byName.get("OrderWhere_.java")).contains(" build_()", " and_()", " not_()", " hashCode_()",
				" class__()", " key()", " set()");
		assertThat(byName.get("Integer.java")).contains("String class_,", "Boolean default_,");
	}

	@Test
	void enumValuesThatAreKeywordsKeepTheirSchemaName() {
		assertThat(byName.get("Status.java")).contains("public_,", "private_,", "default_,", "case public_:",
				"return \"public\";", "\tname;");
	}

	@Test
	void typesOfTheJdkAndTheClientThatAModelShadowsAreQualified() {
		assertThat(byName.get("Order.java")).contains("dev.prismaspring.client.Related<java.util.List<Integer>> Integer",
				"clash.db.Integer::fromRow", "dev.prismaspring.client.builder.RowValues.integer(row, \"id\")")
			.doesNotContain("import dev.prismaspring.client.builder.RowValues;");
		assertThat(byName.get("Status.java")).contains("@java.lang.Override");
		assertThat(byName.get("OrderCount.java")).contains("java.lang.Long Long,");
	}

	@Test
	void aModelNamedLikeADerivedTypeKeepsItsNameAndTheDerivedTypeGivesWay() {
		assertThat(byName).containsKeys("OrderWhere.java", "OrderWhere_.java", "record_.java");
		assertThat(byName.get("OrderWhere.java")).contains("public record OrderWhere(");
		assertThat(byName.get("OrderWhere_.java")).contains("public final class OrderWhere_ extends WhereBuilder<OrderWhere_>");
	}

	@Test
	void schemaCommentsCannotBreakOutOfJavadoc() {
		assertThat(byName.get("Integer.java")).contains("its text says *&#47; and &#92;u0000 and &lt;b&gt;.");
	}

	@Test
	void aViewGetsReadsOnly() {
		assertThat(byName).containsKeys("Void.java", "VoidRepository.java", "VoidWhere.java")
			.doesNotContainKeys("VoidCreate.java", "VoidUpdate.java", "VoidWhereUnique.java");
		assertThat(byName.get("VoidRepository.java")).contains("extends ReadRepository<Void, VoidWhere, VoidQuery,");
		assertThat(byName.get("VoidQuery.java")).contains("java.lang.Void").contains("null,");
	}
}
