package dev.prismaspring.schema.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * Relation names: the fields of one model that point at the same model must be told apart by
 * their relation names (two fields of a self-relation share one). Prisma reports only the first
 * ambiguity it meets and stops validating there, since everything after it would be noise.
 */
final class RelationAmbiguity {

	private RelationAmbiguity() {
	}

	/**
	 * @return the first ambiguous relation field, reported, or {@code null} when there is none
	 */
	static RelationField check(SchemaIndex index, Diagnostics diagnostics) {
		List<RelationField> fields = Relations.fields(index);
		Map<Key, List<RelationField>> byName = new LinkedHashMap<>();
		for (RelationField field : fields) {
			byName.computeIfAbsent(key(field), (key) -> new ArrayList<>()).add(field);
		}
		for (RelationField field : fields) {
			List<RelationField> same = byName.get(key(field));
			if (same.size() > 1) {
				String message = message(field, same);
				if (message != null) {
					diagnostics.error("Error validating model \"" + field.modelName() + "\": " + message, field.span());
					return field;
				}
			}
		}
		return null;
	}

	private static Key key(RelationField field) {
		return new Key(field.model(), field.related(), field.relationName());
	}

	/**
	 * The models by identity: the syntax tree's records hash their whole content, which on a large
	 * schema costs more than the rest of this check.
	 */
	private record Key(Block model, Block related, String relationName) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.model == this.model && key.related == this.related
					&& Objects.equals(key.relationName, this.relationName);
		}

		@Override
		public int hashCode() {
			return (31 * System.identityHashCode(this.model) + System.identityHashCode(this.related)) * 31
					+ Objects.hashCode(this.relationName);
		}
	}

	private static String message(RelationField field, List<RelationField> same) {
		String model = field.modelName();
		String related = field.related().name().name();
		String names = names(same);
		boolean named = field.relationName() != null;
		if (field.model() == field.related()) {
			if (!named) {
				return (same.size() == 2) ? "Ambiguous self relation detected. The fields " + names + " in model `" + model
						+ "` both refer to `" + related
						+ "`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`."
						: "Unnamed self relation detected. The fields " + names + " in model `" + model
								+ "` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>).";
			}
			return (same.size() == 2) ? null : "Wrongly named self relation detected. The fields " + names + " in model `"
					+ model
					+ "` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them.";
		}
		return named ? "Wrongly named relation detected. The fields " + names + " in model `" + model
				+ "` both use the same relation name. Please provide different relation names for them through `@relation(<name>)."
				: "Ambiguous relation detected. The fields " + names + " in model `" + model + "` both refer to `" + related
						+ "`. Please provide different relation names for them by adding `@relation(<name>).";
	}

	// `a` and `b`; `a`, `b` and `c`
	private static String names(List<RelationField> fields) {
		List<String> quoted = fields.stream().map((field) -> "`" + field.name() + "`").toList();
		if (quoted.size() == 1) {
			return quoted.get(0);
		}
		return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ quoted.get(quoted.size() - 1);
	}
}
