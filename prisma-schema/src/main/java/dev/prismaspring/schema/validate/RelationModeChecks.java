package dev.prismaspring.schema.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.prismaspring.schema.ast.Argument;
import dev.prismaspring.schema.ast.Arity;
import dev.prismaspring.schema.ast.Attribute;
import dev.prismaspring.schema.ast.Block;
import dev.prismaspring.schema.ast.BlockAttribute;
import dev.prismaspring.schema.ast.BlockKind;
import dev.prismaspring.schema.ast.ConstantValue;
import dev.prismaspring.schema.ast.Expression;
import dev.prismaspring.schema.ast.Field;
import dev.prismaspring.schema.ast.Property;
import dev.prismaspring.schema.ast.StringLiteral;
import dev.prismaspring.schema.diagnostics.Diagnostics;

/**
 * With {@code relationMode = "prisma"} there are no foreign keys, so nothing indexes the
 * referencing columns: Prisma warns where no index, unique constraint or id starts with them.
 */
final class RelationModeChecks {

	private static final String MISSING_INDEX = "With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields "
			+ "will not benefit from the index usually created by the relational database under the hood. This can lead "
			+ "to poor performance when querying these fields. We recommend adding an index manually. Learn more at "
			+ "https://pris.ly/d/relation-mode-prisma-indexes\" ";

	private RelationModeChecks() {
	}

	static void check(SchemaIndex index, Diagnostics diagnostics) {
		if (!isPrismaRelationMode(index)) {
			return;
		}
		checkEmulatedActions(index, diagnostics);
		if (diagnostics.hasErrors()) {
			return;
		}
		Map<Block, List<RelationField>> holding = holding(index);
		checkSelfRelationActions(index, holding, diagnostics);
		if (diagnostics.hasErrors()) {
			return;
		}
		checkCycles(index, holding, diagnostics);
		if (diagnostics.hasErrors()) {
			return;
		}
		for (Block model : index.blocks(BlockKind.MODEL)) {
			List<List<String>> indexed = indexedFieldLists(model);
			for (Field field : model.fields()) {
				Attribute relation = field.attribute("relation");
				List<String> fields = RelationField.names(RelationField.argument(relation, "fields"));
				if (!fields.isEmpty() && indexed.stream().noneMatch((columns) -> startsWith(columns, fields))) {
					diagnostics.warning(MISSING_INDEX, relation.span());
				}
			}
		}
	}

	// Prisma emulates only these actions when the database has no foreign keys.
	private static void checkEmulatedActions(SchemaIndex index, Diagnostics diagnostics) {
		for (Block model : index.blocks(BlockKind.MODEL)) {
			for (Field field : model.fields()) {
				Attribute relation = field.attribute("relation");
				if (relation == null) {
					continue;
				}
				for (String key : List.of("onDelete", "onUpdate")) {
					String action = action(relation, key);
					if ("NoAction".equals(action) || "SetDefault".equals(action)) {
						String message = "Error validating: Invalid referential action: `" + action
								+ "`. Allowed values: (`Cascade`, `Restrict`, `SetNull`)";
						if (action.equals("NoAction")) {
							message += ". `NoAction` is not implemented for Postgres when using `relationMode = \"prisma\"`, "
									+ "you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode";
						}
						diagnostics.error(message, RelationField.namedArgument(relation, key).span());
					}
				}
			}
		}
	}

	// The client carries out the actions, and a self-relation whose actions act (Cascade or SetNull,
	// written or by default) would act on its own model without end: Prisma asks for NoAction (or
	// Restrict) on delete and on update, and names the defaults that were not written.
	private static void checkSelfRelationActions(SchemaIndex index, Map<Block, List<RelationField>> holding,
			Diagnostics diagnostics) {
		for (Block model : index.blocks(BlockKind.MODEL)) {
			for (RelationField relation : holding.get(model)) {
				if (relation.related() == model && acts(relation)) {
					diagnostics.error("Error validating: A self-relation must have `onDelete` and `onUpdate` referential actions"
							+ " set to `NoAction` in one of the @relation attributes." + implicitDefaults(relation)
							+ " Read more at https://pris.ly/d/cyclic-referential-actions", relation.span());
				}
			}
		}
	}

	// The same across models: from each relation whose actions act, Prisma follows the relations
	// of the model it points at whose actions act too; coming back to the model it started from
	// is a cycle the actions would run around. Each relation of the cycle reports it, with the path
	// from itself.
	private static void checkCycles(SchemaIndex index, Map<Block, List<RelationField>> holding, Diagnostics diagnostics) {
		for (Block model : index.blocks(BlockKind.MODEL)) {
			for (RelationField start : holding.get(model)) {
				String path = cycle(holding, start);
				if (path != null) {
					diagnostics.error("Error validating: Reference causes a cycle. One of the @relation attributes in this"
							+ " cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: "
							+ path + "." + implicitDefaults(start) + " Read more at https://pris.ly/d/cyclic-referential-actions",
							start.span());
				}
			}
		}
	}

	// Depth first, the last relation of a model first, as Prisma walks; each relation once.
	private static String cycle(Map<Block, List<RelationField>> holding, RelationField start) {
		Deque<RelationField> relations = new ArrayDeque<>();
		Deque<String> paths = new ArrayDeque<>();
		Set<Field> visited = Collections.newSetFromMap(new IdentityHashMap<>());
		relations.push(start);
		paths.push(label(start));
		visited.add(start.field());
		while (!relations.isEmpty()) {
			RelationField relation = relations.pop();
			String path = paths.pop();
			if (!acts(relation) || relation.related() == relation.model()) {
				continue;
			}
			if (relation.related() == start.model()) {
				return path;
			}
			for (RelationField next : holding.get(relation.related())) {
				if (visited.add(next.field())) {
					relations.push(next);
					paths.push(path + " → " + label(next));
				}
			}
		}
		return null;
	}

	// For each model, the relations it holds the referencing fields of, in declaration order.
	private static Map<Block, List<RelationField>> holding(SchemaIndex index) {
		Map<Block, List<RelationField>> holding = new IdentityHashMap<>();
		for (Block model : index.blocks(BlockKind.MODEL)) {
			List<RelationField> relations = new ArrayList<>();
			for (Field field : model.fields()) {
				Block related = (field.type() != null) ? index.type(field.type().name()) : null;
				if (related != null && related.kind() == BlockKind.MODEL) {
					RelationField relation = new RelationField(model, field, related);
					if (!relation.fieldNames().isEmpty()) {
						relations.add(relation);
					}
				}
			}
			holding.put(model, relations);
		}
		return holding;
	}

	private static String label(RelationField relation) {
		return relation.modelName() + "." + relation.name();
	}

	// Restrict when required, SetNull when optional: Prisma's default onDelete.
	private static String deleteDefault(RelationField relation) {
		return (relation.arity() == Arity.OPTIONAL) ? "SetNull" : "Restrict";
	}

	// Whether an action, written or by default, changes the records that point: Cascade or SetNull.
	private static boolean acts(RelationField relation) {
		String onDelete = action(relation.relation(), "onDelete");
		String onUpdate = action(relation.relation(), "onUpdate");
		return !isInert((onDelete != null) ? onDelete : deleteDefault(relation))
				|| !isInert((onUpdate != null) ? onUpdate : "Cascade");
	}

	// The defaults that act and were not written, as Prisma names them after its message.
	private static String implicitDefaults(RelationField relation) {
		List<String> implicit = new ArrayList<>();
		if (action(relation.relation(), "onDelete") == null && !isInert(deleteDefault(relation))) {
			implicit.add("`onDelete`: `" + deleteDefault(relation) + "`");
		}
		if (action(relation.relation(), "onUpdate") == null) {
			implicit.add("`onUpdate`: `Cascade`");
		}
		return implicit.isEmpty() ? "" : " (Implicit default " + String.join(", and ", implicit) + ")";
	}

	private static String action(Attribute relation, String key) {
		Argument argument = RelationField.namedArgument(relation, key);
		return (argument != null && argument.value() instanceof ConstantValue action) ? action.value() : null;
	}

	private static boolean isInert(String action) {
		return action.equals("NoAction") || action.equals("Restrict");
	}

	private static boolean isPrismaRelationMode(SchemaIndex index) {
		for (Block datasource : index.blocks(BlockKind.DATASOURCE)) {
			Property mode = datasource.property("relationMode");
			if (mode != null && mode.value() instanceof StringLiteral value && value.value().equals("prisma")) {
				return true;
			}
		}
		return false;
	}

	private static List<List<String>> indexedFieldLists(Block model) {
		List<List<String>> lists = new ArrayList<>();
		for (Field field : model.fields()) {
			if (field.attribute("id") != null || field.attribute("unique") != null) {
				lists.add(List.of(field.name().name()));
			}
		}
		for (BlockAttribute attribute : model.attributes()) {
			String name = attribute.name();
			if (name.equals("id") || name.equals("unique") || name.equals("index")) {
				lists.add(RelationField.names(argument(attribute.attribute(), "fields")));
			}
		}
		return lists;
	}

	private static boolean startsWith(List<String> columns, List<String> prefix) {
		return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
	}

	// The named argument, or for "fields" the first unnamed one.
	private static Expression argument(Attribute attribute, String name) {
		for (Argument argument : attribute.argumentList()) {
			if (argument.isNamed() ? argument.name().name().equals(name)
					: name.equals("fields") && attribute.argumentList().indexOf(argument) == 0) {
				return argument.value();
			}
		}
		return null;
	}
}
