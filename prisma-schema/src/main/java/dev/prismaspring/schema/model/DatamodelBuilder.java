package dev.prismaspring.schema.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.EnumValue;
import dev.prismaspring.schema.ast.SchemaAst;

/**
 * Builds the {@link Datamodel} of a schema. Meant for schemas without errors, which is what
 * {@link dev.prismaspring.schema.ValidatedSchema#datamodel()} guarantees; on a schema with errors
 * the result is unspecified.
 */
public final class DatamodelBuilder {

	private DatamodelBuilder() {
	}

	/**
	 * @param ast the syntax tree of a schema that validated without errors
	 * @return its resolved data model
	 */
	public static Datamodel build(SchemaAst ast) {
		List<Block> datasources = ast.blocks(BlockKind.DATASOURCE);
		Datasource datasource = datasources.isEmpty() ? null : ConfigurationReader.datasource(datasources.get(0));
		String datasourceName = (datasource != null) ? datasource.name() : "db";
		List<Generator> generators = ast.blocks(BlockKind.GENERATOR)
			.stream()
			.map(ConfigurationReader::generator)
			.toList();
		Set<String> modelNames = new HashSet<>();
		Set<String> enumNames = new HashSet<>();
		for (Block block : ast.blocks()) {
			if (block.kind() == BlockKind.MODEL || block.kind() == BlockKind.VIEW) {
				modelNames.add(block.name().name());
			}
			else if (block.kind() == BlockKind.ENUM) {
				enumNames.add(block.name().name());
			}
		}
		List<EnumType> enums = ast.blocks(BlockKind.ENUM).stream().map(DatamodelBuilder::enumType).toList();
		List<Model> models = new ArrayList<>();
		for (Block block : ast.blocks()) {
			if (block.kind() == BlockKind.MODEL || block.kind() == BlockKind.VIEW) {
				models.add(new ModelBuilder(block, modelNames, enumNames, datasourceName).build());
			}
		}
		return new Datamodel(datasource, generators, enums, models, RelationResolver.resolve(models));
	}

	private static EnumType enumType(Block block) {
		List<EnumType.Value> values = new ArrayList<>();
		for (EnumValue value : block.enumValues()) {
			String mapped = Expressions.text(Expressions.argument(value.attribute("map"), "name", 0));
			values.add(new EnumType.Value(value.name().name(), (mapped != null) ? mapped : value.name().name(),
					value.documentation()));
		}
		String mapped = Expressions.text(Expressions.argument(attribute(block, "map"), "name", 0));
		String schema = Expressions.text(Expressions.argument(attribute(block, "schema"), "", 0));
		return new EnumType(block.name().name(), (mapped != null) ? mapped : block.name().name(), schema, values,
				block.documentation());
	}

	private static Attribute attribute(Block block, String name) {
		for (BlockAttribute attribute : block.attributes()) {
			if (attribute.name().equals(name)) {
				return attribute.attribute();
			}
		}
		return null;
	}
}
