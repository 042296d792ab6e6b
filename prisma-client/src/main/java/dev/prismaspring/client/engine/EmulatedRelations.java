package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.schema.model.ReferentialAction;

/**
 * The referential actions of {@code relationMode = "prisma"}, carried out by the client because
 * the database has no foreign keys to carry them out, as Prisma Client does: before records are
 * deleted, the relations whose foreign keys point at them are checked ({@code Restrict}: the
 * delete fails with P2014 while a record still points at one), followed ({@code Cascade}: those
 * records are deleted too, with their own actions) or cut ({@code SetNull}), and their rows in
 * implicit many-to-many join tables are removed. When an update changes a key that records point
 * at, the relations' {@code onUpdate} actions follow the same way ({@code Cascade}, the default:
 * the pointing records and join rows take the new key). Everything runs in the write's transaction.
 */
final class EmulatedRelations {

	private EmulatedRelations() {
	}

	/** @return whether deleting records of the model has anything to do here first */
	static boolean onDelete(ModelInfo model) {
		return model.emulatesRelations() && !pointingAt(model).isEmpty();
	}

	/**
	 * Carries out the actions for the records the filter finds, before they are deleted.
	 *
	 * @param writes the writes of the operation (its session and transaction)
	 * @param model the model whose records are deleted
	 * @param where which of its records
	 */
	static void beforeDelete(Writes writes, ModelInfo model, Filter where) {
		List<RelationInfo> relations = pointingAt(model);
		if (relations.isEmpty()) {
			return;
		}
		// Prisma's validation rejects cycles of actions under this relation mode, so a cascade ends.
		List<Map<String, Object>> records = writes.findAll(model, where);
		if (records.isEmpty()) {
			return;
		}
		for (RelationInfo relation : relations) {
			if (relation.kind() == RelationInfo.Kind.JOIN_TABLE) {
				for (Map<String, Object> record : records) {
					writes.unlink(relation, record.get(relation.local().get(0).name()), null);
				}
				continue;
			}
			Filter pointing = pointingRecords(relation, records);
			if (pointing == null) {
				continue;
			}
			act(writes, relation, pointing, relation.back().field().onDelete(), null);
		}
	}

	/** @return whether writing these fields of the model may change keys that other records point at */
	static boolean onUpdate(ModelInfo model, java.util.Collection<String> fields) {
		if (!model.emulatesRelations()) {
			return false;
		}
		for (RelationInfo relation : pointingAt(model)) {
			for (FieldInfo key : relation.local()) {
				if (fields.contains(key.name())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Carries out the {@code onUpdate} actions after one record was updated, for each relation
	 * whose key the update changed.
	 *
	 * @param before the record as it was (locked since it was read)
	 * @param after the record as the update left it
	 */
	static void afterUpdate(Writes writes, ModelInfo model, Map<String, Object> before, Map<String, Object> after) {
		for (RelationInfo relation : pointingAt(model)) {
			boolean changed = false;
			for (FieldInfo key : relation.local()) {
				changed |= !java.util.Objects.deepEquals(before.get(key.name()), after.get(key.name()));
			}
			if (!changed) {
				continue;
			}
			if (relation.kind() == RelationInfo.Kind.JOIN_TABLE) {
				String key = relation.local().get(0).name();
				writes.relink(relation, before.get(key), after.get(key));
				continue;
			}
			Filter pointing = pointingRecords(relation, List.of(before));
			if (pointing == null) {
				continue;
			}
			Map<String, Object> newKeys = new LinkedHashMap<>();
			for (int i = 0; i < relation.local().size(); i++) {
				newKeys.put(relation.remote().get(i).name(), after.get(relation.local().get(i).name()));
			}
			act(writes, relation, pointing, relation.back().field().onUpdate(), newKeys);
		}
	}

	/**
	 * One action on the records pointing at a deleted record, or at an updated one's old key.
	 *
	 * @param newKeys the new key, field by field on the pointing side, for an update; {@code null} for a delete
	 */
	private static void act(Writes writes, RelationInfo relation, Filter pointing, ReferentialAction action,
			Map<String, Object> newKeys) {
		ModelInfo related = relation.related();
		switch (action) {
			case CASCADE -> {
				if (newKeys == null) {
					writes.deleteMany(related, pointing);
				}
				else {
					writes.setColumns(related, pointing, newKeys);
				}
			}
			case SET_NULL -> {
				Map<String, Object> nulls = new HashMap<>();
				relation.remote().forEach((field) -> nulls.put(field.name(), null));
				writes.setColumns(related, pointing, nulls);
			}
			default -> {
				if (writes.count(related, pointing) > 0) {
					throw violation(relation, (newKeys == null) ? "onDelete" : "onUpdate", action,
							(newKeys == null) ? "deleted" : "updated");
				}
			}
		}
	}

	// The relations whose foreign key sits on the other side and points at this model's records,
	// and the implicit many-to-many ones.
	private static List<RelationInfo> pointingAt(ModelInfo model) {
		List<RelationInfo> relations = new ArrayList<>();
		for (RelationInfo relation : model.relations()) {
			if (relation.kind() == RelationInfo.Kind.FOREIGN_KEY_THERE || relation.kind() == RelationInfo.Kind.JOIN_TABLE) {
				relations.add(relation);
			}
		}
		return relations;
	}

	// The related records whose foreign key holds one of the records' keys; null when no record has a key.
	private static Filter pointingRecords(RelationInfo relation, List<Map<String, Object>> records) {
		List<FieldInfo> local = relation.local();
		List<FieldInfo> remote = relation.remote();
		if (local.size() == 1) {
			List<Object> keys = new ArrayList<>();
			for (Map<String, Object> record : records) {
				Object key = record.get(local.get(0).name());
				if (key != null) {
					keys.add(key);
				}
			}
			return keys.isEmpty() ? null : new Filter.Condition(remote.get(0).name(), Filter.Operator.IN, keys, false);
		}
		List<Filter> each = new ArrayList<>();
		for (Map<String, Object> record : records) {
			List<Filter> conditions = new ArrayList<>();
			for (int i = 0; i < local.size(); i++) {
				Object value = record.get(local.get(i).name());
				if (value == null) {
					break;
				}
				conditions.add(new Filter.Condition(remote.get(i).name(), Filter.Operator.EQUALS, value, false));
			}
			if (conditions.size() == local.size()) {
				each.add(new Filter.And(conditions));
			}
		}
		return each.isEmpty() ? null : new Filter.Or(each);
	}

	private static PrismaClientException violation(RelationInfo relation, String argument, ReferentialAction action,
			String change) {
		return new PrismaClientException("P2014", "The change you are trying to make would violate the required relation `"
				+ relation.field().relationName() + "` between the `" + relation.related().name() + "` and `"
				+ relation.owner().name() + "` models: `" + relation.back().label() + "` is `" + argument + ": "
				+ action.schemaName() + "` (relationMode = \"prisma\"), and a `" + relation.related().name()
				+ "` record still points at the one being " + change + ". Delete or reassign those records first, or"
				+ " choose `" + argument + ": Cascade` or `SetNull`.", null);
	}
}
