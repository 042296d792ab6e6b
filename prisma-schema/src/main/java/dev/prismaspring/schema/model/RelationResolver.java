package dev.prismaspring.schema.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.schema.ast.Arity;

/**
 * Pairs the relation fields of all models into relations: the two fields of one relation point at
 * each other's models and carry the same relation name.
 */
final class RelationResolver {

	private RelationResolver() {
	}

	static List<Relation> resolve(List<Model> models) {
		Map<String, List<Side>> byKey = new LinkedHashMap<>();
		for (Model model : models) {
			if (model.ignored()) {
				continue;
			}
			for (RelationField field : model.relationFields()) {
				String first = min(model.name(), field.relatedModel());
				String second = max(model.name(), field.relatedModel());
				byKey.computeIfAbsent(first + "\u0000" + second + "\u0000" + field.relationName(), (key) -> new ArrayList<>())
					.add(new Side(model.name(), field));
			}
		}
		List<Relation> relations = new ArrayList<>();
		for (List<Side> sides : byKey.values()) {
			if (sides.size() == 2) {
				relations.add(relation(sides.get(0), sides.get(1)));
			}
		}
		return relations;
	}

	private static Relation relation(Side one, Side other) {
		String name = one.field().relationName();
		boolean oneIsList = one.field().arity() == Arity.LIST;
		boolean otherIsList = other.field().arity() == Arity.LIST;
		if (oneIsList && otherIsList) {
			boolean oneFirst = (one.model().equals(other.model()))
					? one.field().name().compareTo(other.field().name()) <= 0
					: one.model().compareTo(other.model()) < 0;
			Side a = oneFirst ? one : other;
			Side b = oneFirst ? other : one;
			return new Relation(name, Relation.Kind.MANY_TO_MANY, a.model(), a.field(), b.model(), b.field());
		}
		Relation.Kind kind = (oneIsList || otherIsList) ? Relation.Kind.ONE_TO_MANY : Relation.Kind.ONE_TO_ONE;
		boolean oneHoldsKey = one.field().holdsForeignKey() || (!other.field().holdsForeignKey() && otherIsList);
		Side a = oneHoldsKey ? one : other;
		Side b = oneHoldsKey ? other : one;
		return new Relation(name, kind, a.model(), a.field(), b.model(), b.field());
	}

	private static String min(String a, String b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String max(String a, String b) {
		return (a.compareTo(b) <= 0) ? b : a;
	}

	private record Side(String model, RelationField field) {
	}
}
