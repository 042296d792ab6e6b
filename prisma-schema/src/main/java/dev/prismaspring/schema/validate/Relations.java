package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.Field;

/**
 * Pairs the relation fields of a schema's models into relations, in the order Prisma lists them:
 * a relation comes where its forward field is declared. Models marked {@code @@ignore}, and the
 * fields that point at them, take no part.
 */
final class Relations {

	private Relations() {
	}

	/** @return the relation fields of every model, in declaration order */
	static List<RelationField> fields(SchemaIndex index) {
		List<RelationField> fields = new ArrayList<>();
		for (Block model : index.blocks(BlockKind.MODEL)) {
			if (isIgnored(model)) {
				continue;
			}
			for (Field field : model.fields()) {
				if (field.type() == null || !index.isModelOrView(field.type().name())) {
					continue;
				}
				Block related = index.type(field.type().name());
				if (related.kind() == BlockKind.MODEL && !isIgnored(related)) {
					fields.add(new RelationField(model, field, related));
				}
			}
		}
		return fields;
	}

	static List<Relation> infer(SchemaIndex index) {
		List<RelationField> fields = fields(index);
		Map<Block, List<Integer>> byModel = byModel(fields);
		List<Relation> relations = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			RelationField field = fields.get(i);
			int oppositeIndex = opposite(fields, byModel, field);
			if (oppositeIndex < 0) {
				relations.add(new Relation(Relation.Kind.MISSING_OPPOSITE, field, null));
				continue;
			}
			RelationField opposite = fields.get(oppositeIndex);
			RelationField first = (i < oppositeIndex) ? field : opposite;
			RelationField second = (i < oppositeIndex) ? opposite : field;
			Relation relation;
			if (field.isList() && opposite.isList()) {
				Relation.Kind kind = (field.hasFields() || opposite.hasFields()) ? Relation.Kind.EMBEDDED_MANY_TO_MANY
						: Relation.Kind.IMPLICIT_MANY_TO_MANY;
				// An embedded one starts from the side that names its fields.
				boolean swap = kind == Relation.Kind.EMBEDDED_MANY_TO_MANY && !first.hasFields();
				relation = new Relation(kind, swap ? second : first, swap ? first : second);
			}
			else if (field.isList() || opposite.isList()) {
				RelationField forward = field.isList() ? opposite : field;
				relation = new Relation(Relation.Kind.ONE_TO_MANY, forward, field.isList() ? field : opposite);
			}
			else {
				RelationField forward = oneToOneForward(first, second);
				relation = new Relation(Relation.Kind.ONE_TO_ONE, forward, (forward == first) ? second : first);
			}
			if (relation.forward() == field) {
				relations.add(relation);
			}
		}
		return relations;
	}

	// The opposite field: on the related model, pointing back, with the same relation name.
	private static int opposite(List<RelationField> fields, Map<Block, List<Integer>> byModel, RelationField field) {
		String name = field.relationName();
		for (int i : byModel.getOrDefault(field.related(), List.of())) {
			RelationField candidate = fields.get(i);
			if (candidate.field() != field.field() && candidate.related() == field.model()
					&& Objects.equals(candidate.relationName(), name)) {
				return i;
			}
		}
		return -1;
	}

	// The positions of the relation fields of each model, by the model's identity.
	private static Map<Block, List<Integer>> byModel(List<RelationField> fields) {
		Map<Block, List<Integer>> byModel = new IdentityHashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			byModel.computeIfAbsent(fields.get(i).model(), (model) -> new ArrayList<>()).add(i);
		}
		return byModel;
	}

	// Between two required sides Prisma picks the model whose name sorts first. Otherwise the side
	// with the arguments defines a one-to-one relation; without them the required side, and between
	// two optional ones the one declared first.
	private static RelationField oneToOneForward(RelationField first, RelationField second) {
		if (first.isRequired() && second.isRequired()) {
			return (second.modelName().compareTo(first.modelName()) < 0) ? second : first;
		}
		if (first.hasFields() || first.hasReferences()) {
			return first;
		}
		if (second.hasFields() || second.hasReferences()) {
			return second;
		}
		if (second.isRequired() && !first.isRequired()) {
			return second;
		}
		return first;
	}

	static boolean isIgnored(Block model) {
		return model.attributes().stream().anyMatch((attribute) -> attribute.name().equals("ignore"));
	}
}
