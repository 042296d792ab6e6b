package dev.prismaspring.schema.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import dev.prismaspring.schema.PrismaSchema;
import dev.prismaspring.schema.SourceFile;
import dev.prismaspring.schema.ValidatedSchema;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.test.CommandResult;
import dev.prismaspring.test.PrismaOracle;
import dev.prismaspring.test.SharedFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our resolved model against Prisma's DMMF for every corpus schema Prisma accepts: models, tables,
 * fields, types, defaults, relations, keys and indexes, compared as normalised lines.
 */
@Tag("oracle")
class DatamodelDmmfTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TestFactory
	Stream<DynamicTest> resolvedModelMatchesPrismasDmmf() {
		PrismaOracle.assumeAvailable();
		List<Path> files = new ArrayList<>(SharedFolder.corpus());
		files.add(SharedFolder.repositoryRoot().resolve("examples/blog/schema.prisma"));
		return files.stream().map((path) -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path)));
	}

	private static void check(Path path) throws IOException {
		CommandResult prisma = PrismaOracle.run("dmmf", path.toString());
		if (prisma.exitCode() != 0) {
			return;
		}
		ValidatedSchema schema = PrismaSchema.validate(List.of(new SourceFile(path.getFileName().toString(),
				Files.readString(path))));
		List<String> ours = sortIndexLines(describe(schema.datamodel()));
		List<String> theirs = sortIndexLines(describe(JSON.readTree(prisma.stdout()).get("datamodel")));
		List<String> onlyOurs = new ArrayList<>(ours);
		onlyOurs.removeAll(theirs);
		List<String> onlyTheirs = new ArrayList<>(theirs);
		onlyTheirs.removeAll(ours);
		assertThat(onlyOurs).as("%s: lines only we have; Prisma has instead:%n%s", path.getFileName(),
				String.join("\n", onlyTheirs))
			.isEmpty();
		assertThat(onlyTheirs).as("lines only Prisma has").isEmpty();
		for (int i = 0; i < ours.size(); i++) {
			assertThat(ours.get(i)).as("line %d", i + 1).isEqualTo(theirs.get(i));
		}
	}

	// Prisma lists a model's @@index and @@unique in an order of its own; compare them as a set.
	private static List<String> sortIndexLines(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> indexes = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("  index ") || line.startsWith("  unique ")) {
				indexes.add(line);
				continue;
			}
			indexes.sort(null);
			sorted.addAll(indexes);
			indexes.clear();
			sorted.add(line);
		}
		indexes.sort(null);
		sorted.addAll(indexes);
		return sorted;
	}

	static List<String> describe(Datamodel datamodel) {
		List<String> lines = new ArrayList<>();
		for (EnumType type : datamodel.enums()) {
			lines.add("enum " + type.name() + " db=" + type.databaseName() + " values="
					+ type.values().stream().map((value) -> value.name() + "/" + value.databaseName())
						.collect(Collectors.joining(",")));
		}
		List<Model> modelsThenViews = new ArrayList<>(datamodel.models());
		modelsThenViews.sort(java.util.Comparator.comparing(Model::view)); // the DMMF lists views last
		for (Model model : modelsThenViews) {
			if (model.ignored()) {
				continue; // the DMMF leaves out ignored models
			}
			lines.add("model " + model.name() + " table=" + model.tableName() + " schema=" + model.schema());
			for (ModelField field : model.fields()) {
				if (field instanceof ScalarField scalar) {
					if (scalar.kind() == ScalarField.Kind.UNSUPPORTED) {
						continue; // not in the DMMF
					}
					lines.add("  field " + scalar.name() + " column=" + scalar.columnName() + " "
							+ scalar.kind().name().toLowerCase() + " " + scalar.typeName() + " " + scalar.arity()
							+ " native=" + nativeType(scalar.nativeType()) + " default=" + describe(scalar.defaultValue())
							+ " updatedAt=" + scalar.updatedAt() + " id=" + isFieldId(model, scalar) + " unique="
							+ isFieldUnique(model, scalar));
				}
				else {
					RelationField relation = (RelationField) field;
					lines.add("  relation " + relation.name() + " " + relation.relatedModel() + " " + relation.arity()
							+ " name=" + relation.relationName() + " from=" + relation.fields() + " to="
							+ relation.references());
				}
			}
			if (model.primaryKey() != null && !model.primaryKey().definedOnField()) {
				lines.add("  primaryKey name=" + model.primaryKey().name() + " " + names(model.primaryKey().fields()));
			}
			for (IndexDefinition index : model.indexes()) {
				if (!index.definedOnField()) {
					lines.add("  " + (index.unique() ? "unique" : "index") + " name="
							+ (index.unique() ? index.name() : null) + " " + index.fields().stream()
								.map((field) -> field.name() + (field.descending() ? " desc" : ""))
								.toList()
							+ " method=" + index.method());
				}
			}
		}
		return lines;
	}

	private static boolean isFieldId(Model model, ScalarField field) {
		return model.primaryKey() != null && model.primaryKey().definedOnField()
				&& model.primaryKey().fields().get(0).name().equals(field.name());
	}

	// The DMMF calls a field unique when a unique index has it as its only field, unless it is the id.
	private static boolean isFieldUnique(Model model, ScalarField field) {
		return !isFieldId(model, field) && model.indexes()
			.stream()
			.anyMatch((index) -> index.unique() && index.fields().size() == 1
					&& index.fields().get(0).name().equals(field.name()));
	}

	private static List<String> names(List<IndexField> fields) {
		return fields.stream().map(IndexField::name).toList();
	}

	private static String nativeType(NativeType type) {
		return (type != null) ? type.name() + type.arguments() : null;
	}

	private static String describe(DefaultValue value) {
		if (value == null) {
			return null;
		}
		if (value instanceof DefaultValue.Function function) {
			return function.name() + function.arguments();
		}
		if (value instanceof DefaultValue.ListValue list) {
			return list.values().stream().map(DatamodelDmmfTest::describe).toList().toString();
		}
		if (value instanceof DefaultValue.Text text) {
			return text.value();
		}
		if (value instanceof DefaultValue.Number number) {
			return new java.math.BigDecimal(number.raw()).stripTrailingZeros().toPlainString();
		}
		if (value instanceof DefaultValue.Bool bool) {
			return String.valueOf(bool.value());
		}
		return ((DefaultValue.EnumConstant) value).name();
	}

	static List<String> describe(JsonNode dmmf) {
		List<String> lines = new ArrayList<>();
		for (JsonNode type : dmmf.get("enums")) {
			List<String> values = new ArrayList<>();
			for (JsonNode value : type.get("values")) {
				values.add(value.get("name").asText() + "/" + text(value.get("dbName"), value.get("name").asText()));
			}
			lines.add("enum " + type.get("name").asText() + " db=" + text(type.get("dbName"), type.get("name").asText())
					+ " values=" + String.join(",", values));
		}
		for (JsonNode model : dmmf.get("models")) {
			String name = model.get("name").asText();
			lines.add("model " + name + " table=" + text(model.get("dbName"), name) + " schema="
					+ text(model.get("schema"), null));
			for (JsonNode field : model.get("fields")) {
				String fieldName = field.get("name").asText();
				Arity arity = field.get("isList").asBoolean() ? Arity.LIST
						: field.get("isRequired").asBoolean() ? Arity.REQUIRED : Arity.OPTIONAL;
				String kind = field.get("kind").asText();
				if (kind.equals("object")) {
					lines.add("  relation " + fieldName + " " + field.get("type").asText() + " " + arity + " name="
							+ field.get("relationName").asText() + " from=" + strings(field.get("relationFromFields"))
							+ " to=" + strings(field.get("relationToFields")));
					continue;
				}
				lines.add("  field " + fieldName + " column=" + text(field.get("dbName"), fieldName) + " " + kind + " "
						+ field.get("type").asText() + " " + arity + " native=" + nativeType(field.get("nativeType"))
						+ " default=" + defaultValue(field.get("default")) + " updatedAt="
						+ field.get("isUpdatedAt").asBoolean() + " id=" + field.get("isId").asBoolean() + " unique="
						+ field.get("isUnique").asBoolean());
			}
			JsonNode primaryKey = model.get("primaryKey");
			if (primaryKey != null && !primaryKey.isNull()) {
				lines.add("  primaryKey name=" + text(primaryKey.get("name"), null) + " "
						+ strings(primaryKey.get("fields")));
			}
			for (JsonNode index : dmmf.get("indexes")) {
				String type = index.get("type").asText();
				if (!index.get("model").asText().equals(name) || index.get("isDefinedOnField").asBoolean()
						|| type.equals("id")) {
					continue;
				}
				List<String> fields = new ArrayList<>();
				for (JsonNode field : index.get("fields")) {
					fields.add(field.get("name").asText()
							+ ("desc".equals(text(field.get("sortOrder"), null)) ? " desc" : ""));
				}
				lines.add("  " + (type.equals("normal") ? "index" : type) + " name=" + text(index.get("name"), null)
						+ " " + fields + " method=" + text(index.get("algorithm"), null));
			}
		}
		return lines;
	}

	private static String defaultValue(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isObject()) {
			return value.get("name").asText() + strings(value.get("args"));
		}
		if (value.isArray()) {
			List<String> values = new ArrayList<>();
			for (JsonNode element : value) {
				values.add(defaultValue(element));
			}
			return values.toString();
		}
		if (value.isNumber()) {
			return value.decimalValue().stripTrailingZeros().toPlainString();
		}
		return value.asText();
	}

	private static String nativeType(JsonNode type) {
		if (type == null || type.isNull()) {
			return null;
		}
		return type.get(0).asText() + strings(type.get(1));
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		if (array != null) {
			for (JsonNode element : array) {
				strings.add(element.asText());
			}
		}
		return strings;
	}

	private static String text(JsonNode node, String otherwise) {
		return (node == null || node.isNull()) ? otherwise : node.asText();
	}
}
