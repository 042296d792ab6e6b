package dev.prismaspring.client.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prismaspring.client.errors.PrismaClientException;
import dev.prismaspring.client.errors.RecordNotFoundException;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.WriteData;

/**
 * Nested writes on one relation of a record being created or updated, in the order given. On
 * the side that holds the foreign key, related records are written first and the key is set on
 * the owner; on the other side (and for join tables) they are written once the owner exists.
 */
final class NestedWrites {

	private final Writes writes;

	NestedWrites(Writes writes) {
		this.writes = writes;
	}

	/**
	 * Runs the writes of a relation whose foreign key the owner holds.
	 * @param current the owner before an update, or {@code null} in a create
	 * @return the foreign key values to set on the owner
	 */
	Map<String, Object> foreignKeyHere(RelationInfo relation, List<NestedWrite> operations, Map<String, Object> current) {
		boolean creating = current == null;
		ModelInfo related = relation.related();
		Map<String, Object> assignments = new LinkedHashMap<>();
		for (NestedWrite operation : operations) {
			Map<String, Object> target = null;
			boolean clear = false;
			if (operation instanceof NestedWrite.Create create) {
				target = this.writes.create(related, create.data());
			}
			else if (operation instanceof NestedWrite.Connect connect) {
				target = this.writes.findRequired(related, Uniques.filter(related, connect.unique(), "connect"),
						"connect on " + relation.label());
			}
			else if (operation instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
				target = this.writes.find(related, Uniques.filter(related, connectOrCreate.unique(), "connectOrCreate"),
						false);
				if (target == null) {
					target = this.writes.create(related, connectOrCreate.create());
				}
			}
			else if (creating) {
				throw notInCreate(relation, operation);
			}
			else if (operation instanceof NestedWrite.Disconnect disconnect) {
				requireOptional(relation);
				clear = disconnect.unique() == null || this.writes.find(related,
						currentRelated(relation, current, disconnect.unique(), "disconnect", false), false) != null;
			}
			else if (operation instanceof NestedWrite.Update update) {
				this.writes.update(related, currentRelated(relation, current, update.unique(), "update", true), update.data(),
						"nested update on " + relation.label());
			}
			else if (operation instanceof NestedWrite.Upsert upsert) {
				Map<String, Object> existing = hasForeignKey(relation, current)
						? this.writes.find(related, currentRelated(relation, current, upsert.unique(), "upsert", false), true) : null;
				if (existing != null) {
					this.writes.update(related, Writes.identity(related, existing), upsert.update(), "nested upsert");
				}
				else {
					target = this.writes.create(related, upsert.create());
				}
			}
			else if (operation instanceof NestedWrite.Delete delete) {
				requireOptional(relation);
				this.writes.delete(related, currentRelated(relation, current, delete.unique(), "delete", true),
						"nested delete on " + relation.label());
				clear = true;
			}
			else {
				throw notForToOne(relation, operation);
			}
			if (target != null) {
				for (int i = 0; i < relation.local().size(); i++) {
					assignments.put(relation.local().get(i).name(), target.get(relation.remote().get(i).name()));
				}
			}
			else if (clear) {
				for (FieldInfo field : relation.local()) {
					assignments.put(field.name(), null);
				}
			}
		}
		return assignments;
	}

	/**
	 * Runs the writes of a relation whose foreign key the related records hold, or of a
	 * many-to-many relation, once the owner exists.
	 * @param owner the owner record (every scalar field)
	 * @param creating whether the owner was just created
	 */
	void afterOwner(RelationInfo relation, List<NestedWrite> operations, Map<String, Object> owner, boolean creating) {
		if (relation.kind() == RelationInfo.Kind.JOIN_TABLE) {
			for (NestedWrite operation : operations) {
				joinTable(relation, operation, owner, creating);
			}
			return;
		}
		Map<String, Object> foreignKey = new LinkedHashMap<>();
		for (int i = 0; i < relation.local().size(); i++) {
			foreignKey.put(relation.remote().get(i).name(), owner.get(relation.local().get(i).name()));
		}
		// Creates of plain records on a list relation go in one multi-row INSERT, in their order.
		List<WriteData> creates = new ArrayList<>();
		for (NestedWrite operation : operations) {
			if (relation.isList() && operation instanceof NestedWrite.Create create && create.data().relations().isEmpty()) {
				creates.add(withForeignKey(relation, create.data(), foreignKey));
				continue;
			}
			createAll(relation.related(), creates);
			foreignKeyThere(relation, operation, foreignKey, creating);
		}
		createAll(relation.related(), creates);
	}

	private void createAll(ModelInfo related, List<WriteData> creates) {
		if (creates.size() == 1) {
			this.writes.create(related, creates.get(0));
		}
		else if (creates.size() > 1) {
			this.writes.createMany(related, List.copyOf(creates), false, null);
		}
		creates.clear();
	}

	private void foreignKeyThere(RelationInfo relation, NestedWrite operation, Map<String, Object> foreignKey,
			boolean creating) {
		ModelInfo related = relation.related();
		Filter linked = equalities(foreignKey);
		if (operation instanceof NestedWrite.Create create) {
			if (!relation.isList() && !creating) {
				disconnectCurrent(relation, foreignKey, null);
			}
			this.writes.create(related, withForeignKey(relation, create.data(), foreignKey));
		}
		else if (operation instanceof NestedWrite.CreateMany createMany) {
			requireList(relation, operation);
			List<WriteData> data = new ArrayList<>();
			for (WriteData item : createMany.data()) {
				data.add(withForeignKey(relation, item, foreignKey));
			}
			this.writes.createMany(related, data, createMany.skipDuplicates(), null);
		}
		else if (operation instanceof NestedWrite.Connect connect) {
			Filter target = Uniques.filter(related, connect.unique(), "connect");
			if (!relation.isList() && !creating) {
				disconnectCurrent(relation, foreignKey, target);
			}
			if (this.writes.setColumns(related, target, foreignKey) == 0) {
				throw new RecordNotFoundException(related.name(), "connect on " + relation.label());
			}
		}
		else if (operation instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
			Filter target = Uniques.filter(related, connectOrCreate.unique(), "connectOrCreate");
			if (!relation.isList() && !creating) {
				disconnectCurrent(relation, foreignKey, target);
			}
			if (this.writes.setColumns(related, target, foreignKey) == 0) {
				this.writes.create(related, withForeignKey(relation, connectOrCreate.create(), foreignKey));
			}
		}
		else if (creating) {
			throw notInCreate(relation, operation);
		}
		else if (operation instanceof NestedWrite.Disconnect disconnect) {
			requireOptionalThere(relation);
			this.writes.setColumns(related, and(linked, unique(relation, disconnect.unique(), "disconnect")),
					nulls(foreignKey));
		}
		else if (operation instanceof NestedWrite.Set set) {
			requireList(relation, operation);
			requireOptionalThere(relation);
			this.writes.setColumns(related, linked, nulls(foreignKey));
			for (Map<String, Object> unique : set.uniques()) {
				if (this.writes.setColumns(related, Uniques.filter(related, unique, "set"), foreignKey) == 0) {
					throw new RecordNotFoundException(related.name(), "set on " + relation.label());
				}
			}
		}
		else if (operation instanceof NestedWrite.Update update) {
			this.writes.update(related, and(linked, unique(relation, update.unique(), "update")), update.data(),
					"nested update on " + relation.label());
		}
		else if (operation instanceof NestedWrite.UpdateMany updateMany) {
			requireList(relation, operation);
			this.writes.updateMany(related, and(linked, updateMany.where()), updateMany.data());
		}
		else if (operation instanceof NestedWrite.Upsert upsert) {
			UniqueKey key = oneStatementUpsertKey(relation, upsert, foreignKey);
			Map<String, Object> existing = (key != null) ? null
					: this.writes.find(related, and(linked, unique(relation, upsert.unique(), "upsert")), true);
			if (key != null) {
				this.writes.insertOrUpdate(related, key, withForeignKey(relation, upsert.create(), foreignKey),
						upsert.update());
			}
			else if (existing != null) {
				this.writes.update(related, Writes.identity(related, existing), upsert.update(), "nested upsert");
			}
			else {
				this.writes.create(related, withForeignKey(relation, upsert.create(), foreignKey));
			}
		}
		else if (operation instanceof NestedWrite.Delete delete) {
			this.writes.delete(related, and(linked, unique(relation, delete.unique(), "delete")),
					"nested delete on " + relation.label());
		}
		else if (operation instanceof NestedWrite.DeleteMany deleteMany) {
			requireList(relation, operation);
			this.writes.deleteMany(related, and(linked, deleteMany.where()));
		}
		else {
			throw new IllegalStateException("Unknown nested write " + operation);
		}
	}

	private void joinTable(RelationInfo relation, NestedWrite operation, Map<String, Object> owner, boolean creating) {
		ModelInfo related = relation.related();
		FieldInfo ownerKey = relation.local().get(0);
		String relatedKey = relation.remote().get(0).name();
		Object key = owner.get(ownerKey.name());
		Filter linked = new Filter.RelationCondition(relation.back().name(), Filter.Quantifier.SOME,
				new Filter.Condition(ownerKey.name(), Filter.Operator.EQUALS, key, false));
		if (operation instanceof NestedWrite.Create create) {
			this.writes.link(relation, key, this.writes.create(related, create.data()).get(relatedKey));
		}
		else if (operation instanceof NestedWrite.Connect connect) {
			Map<String, Object> target = this.writes.findRequired(related,
					Uniques.filter(related, connect.unique(), "connect"), "connect on " + relation.label());
			this.writes.link(relation, key, target.get(relatedKey));
		}
		else if (operation instanceof NestedWrite.ConnectOrCreate connectOrCreate) {
			Map<String, Object> target = this.writes.find(related,
					Uniques.filter(related, connectOrCreate.unique(), "connectOrCreate"), false);
			if (target == null) {
				target = this.writes.create(related, connectOrCreate.create());
			}
			this.writes.link(relation, key, target.get(relatedKey));
		}
		else if (operation instanceof NestedWrite.CreateMany) {
			throw QueryErrors.invalid("createMany is not available on the many-to-many relation `" + relation.label()
					+ "`; use create for each record.");
		}
		else if (creating) {
			throw notInCreate(relation, operation);
		}
		else if (operation instanceof NestedWrite.Disconnect disconnect) {
			this.writes.unlink(relation, key, unique(relation, disconnect.unique(), "disconnect"));
		}
		else if (operation instanceof NestedWrite.Set set) {
			this.writes.unlink(relation, key, null);
			for (Map<String, Object> unique : set.uniques()) {
				Map<String, Object> target = this.writes.findRequired(related, Uniques.filter(related, unique, "set"),
						"set on " + relation.label());
				this.writes.link(relation, key, target.get(relatedKey));
			}
		}
		else if (operation instanceof NestedWrite.Update update) {
			this.writes.update(related, and(linked, unique(relation, update.unique(), "update")), update.data(),
					"nested update on " + relation.label());
		}
		else if (operation instanceof NestedWrite.UpdateMany updateMany) {
			this.writes.updateMany(related, and(linked, updateMany.where()), updateMany.data());
		}
		else if (operation instanceof NestedWrite.Upsert upsert) {
			Map<String, Object> existing = this.writes.find(related, and(linked, unique(relation, upsert.unique(), "upsert")),
					true);
			if (existing != null) {
				this.writes.update(related, Writes.identity(related, existing), upsert.update(), "nested upsert");
			}
			else {
				this.writes.link(relation, key, this.writes.create(related, upsert.create()).get(relatedKey));
			}
		}
		else if (operation instanceof NestedWrite.Delete delete) {
			this.writes.delete(related, and(linked, unique(relation, delete.unique(), "delete")),
					"nested delete on " + relation.label());
		}
		else if (operation instanceof NestedWrite.DeleteMany deleteMany) {
			this.writes.deleteMany(related, and(linked, deleteMany.where()));
		}
		else {
			throw new IllegalStateException("Unknown nested write " + operation);
		}
	}

	/**
	 * Before a to-one relation on the side without the foreign key gets another record: the
	 * current one lets go, which a required foreign key does not allow.
	 */
	private void disconnectCurrent(RelationInfo relation, Map<String, Object> foreignKey, Filter keep) {
		ModelInfo related = relation.related();
		Filter current = equalities(foreignKey);
		if (keep != null) {
			current = and(current, new Filter.Not(List.of(keep)));
		}
		if (relation.back().isRequired()) {
			if (this.writes.count(related, current) > 0) {
				throw requiredRelation(relation);
			}
			return;
		}
		this.writes.setColumns(related, current, nulls(foreignKey));
	}

	/** The related record of a to-one relation whose foreign key the owner holds, and the optional unique on it. */
	private static Filter currentRelated(RelationInfo relation, Map<String, Object> current, Map<String, Object> unique,
			String operation, boolean required) {
		ModelInfo related = relation.related();
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < relation.local().size(); i++) {
			Object value = current.get(relation.local().get(i).name());
			if (value == null) {
				if (!required) {
					return new Filter.Or(List.of());
				}
				throw new RecordNotFoundException(related.name(), "nested " + operation + " on " + relation.label()
						+ " (no record is connected)");
			}
			values.put(relation.remote().get(i).name(), value);
		}
		Filter filter = equalities(values);
		return (unique != null) ? and(filter, Uniques.filter(related, unique, operation)) : filter;
	}

	private static boolean hasForeignKey(RelationInfo relation, Map<String, Object> current) {
		return relation.local().stream().allMatch((field) -> current.get(field.name()) != null);
	}

	/**
	 * The related model's unique key on the foreign key, when an upsert through a to-one relation
	 * whose foreign key is on the related side can be one {@code INSERT ... ON CONFLICT} on that key
	 * (the related record is the one holding the owner's key, or there is none): the upsert names
	 * no record of its own and neither side has nested writes. Otherwise {@code null}.
	 */
	private static UniqueKey oneStatementUpsertKey(RelationInfo relation, NestedWrite.Upsert upsert,
			Map<String, Object> foreignKey) {
		if (relation.isList() || (upsert.unique() != null && !upsert.unique().isEmpty())
				|| !upsert.create().relations().isEmpty() || !upsert.update().relations().isEmpty()) {
			return null;
		}
		return Uniques.exactKey(relation.related(), foreignKey.keySet());
	}

	private static Filter unique(RelationInfo relation, Map<String, Object> unique, String operation) {
		if (unique == null) {
			if (relation.isList()) {
				throw QueryErrors.invalid(operation + " on the list relation `" + relation.label() + "` needs a unique"
						+ " argument naming the related record.");
			}
			return Filter.ALL;
		}
		return Uniques.filter(relation.related(), unique, operation);
	}

	private static WriteData withForeignKey(RelationInfo relation, WriteData data, Map<String, Object> foreignKey) {
		if (data.relations().containsKey(relation.back().name())) {
			throw QueryErrors.invalid("a record created through `" + relation.label() + "` is connected by it; leave `"
					+ relation.back().label() + "` out of its data.");
		}
		Map<String, Object> scalars = new LinkedHashMap<>(data.scalars());
		scalars.putAll(foreignKey);
		return new WriteData(scalars, data.relations());
	}

	private static Filter equalities(Map<String, Object> values) {
		List<Filter> conditions = new ArrayList<>();
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			conditions.add(new Filter.Condition(entry.getKey(), Filter.Operator.EQUALS, entry.getValue(), false));
		}
		return new Filter.And(conditions);
	}

	private static Filter and(Filter first, Filter second) {
		return new Filter.And(List.of(first, second));
	}

	private static Map<String, Object> nulls(Map<String, Object> foreignKey) {
		Map<String, Object> nulls = new LinkedHashMap<>();
		for (String field : foreignKey.keySet()) {
			nulls.put(field, null);
		}
		return nulls;
	}

	private static void requireOptional(RelationInfo relation) {
		if (relation.isRequired()) {
			throw requiredRelation(relation);
		}
	}

	private static void requireOptionalThere(RelationInfo relation) {
		if (relation.back().isRequired()) {
			throw requiredRelation(relation);
		}
	}

	private static void requireList(RelationInfo relation, NestedWrite operation) {
		if (!relation.isList()) {
			throw notForToOne(relation, operation);
		}
	}

	private static PrismaClientException requiredRelation(RelationInfo relation) {
		return new PrismaClientException("P2014", "The change you are trying to make would violate the required"
				+ " relation `" + relation.field().relationName() + "` between the `" + relation.owner().name() + "` and `"
				+ relation.related().name() + "` models: a `" + relation.back().owner().name() + "` record cannot be left"
				+ " without its `" + relation.back().name() + "`.", null);
	}

	private static PrismaClientException notInCreate(RelationInfo relation, NestedWrite operation) {
		return QueryErrors.invalid(name(operation) + " on `" + relation.label() + "` is only available in an update;"
				+ " a create can create, createMany, connect or connectOrCreate.");
	}

	private static PrismaClientException notForToOne(RelationInfo relation, NestedWrite operation) {
		return QueryErrors.invalid(name(operation) + " is for list relations; `" + relation.label() + "` is a to-one"
				+ " relation.");
	}

	private static String name(NestedWrite operation) {
		String name = operation.getClass().getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}
}
