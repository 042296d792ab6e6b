package dev.prismaspring.client.engine;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.prismaspring.client.errors.RecordNotFoundException;
import dev.prismaspring.client.query.Filter;
import dev.prismaspring.client.query.FindArgs;
import dev.prismaspring.client.query.NestedWrite;
import dev.prismaspring.client.query.WriteData;

/**
 * The write statements of one operation on one connection: records are created, updated and
 * deleted here (returning every scalar column), and nested writes are handed to
 * {@link NestedWrites}.
 */
final class Writes {

	/** Bound parameters per INSERT of a createMany, well below PostgreSQL's 65,535. */
	private static final int MAX_PARAMETERS = 30_000;

	/** Rows per INSERT of a batched createMany: the driver's own choice for rewritten batches. */
	private static final int BATCH_ROWS = 128;

	/** Rows per statement of an unnested insert: arrays of a few megabytes at most. */
	private static final int UNNESTED_ROWS = 50_000;

	private final Session session;

	private final NestedWrites nested;

	private final Instant now = ClientDefaults.now();

	Writes(Session session) {
		this.session = session;
		this.nested = new NestedWrites(this);
	}

	/** @return every scalar field of the model, as returned by writes */
	static ReadPlan fullPlan(ModelInfo model) {
		return ReadPlan.of(model, FindArgs.ALL, List.of());
	}

	/** Creates a record with its nested writes; returns its scalar fields. */
	Map<String, Object> create(ModelInfo model, WriteData data) {
		Map<String, Object> values = scalars(model, data, false);
		for (Map.Entry<String, List<NestedWrite>> entry : data.relations().entrySet()) {
			RelationInfo relation = model.relation(entry.getKey());
			if (relation.kind() == RelationInfo.Kind.FOREIGN_KEY_HERE) {
				values.putAll(this.nested.foreignKeyHere(relation, entry.getValue(), null));
			}
		}
		ClientDefaults.forCreate(model, values, this.now);
		Map<String, Object> record = insert(model, values);
		for (Map.Entry<String, List<NestedWrite>> entry : data.relations().entrySet()) {
			RelationInfo relation = model.relation(entry.getKey());
			if (relation.kind() != RelationInfo.Kind.FOREIGN_KEY_HERE) {
				this.nested.afterOwner(relation, entry.getValue(), record, true);
			}
		}
		return record;
	}

	/**
	 * Updates the one record the filter finds, with its nested writes.
	 * @throws RecordNotFoundException when there is none
	 */
	Map<String, Object> update(ModelInfo model, Filter where, WriteData data, String operation) {
		Map<String, Object> assignments = scalars(model, data, true);
		boolean foreignKeyWrites = data.relations().keySet().stream()
			.anyMatch((name) -> model.relation(name).kind() == RelationInfo.Kind.FOREIGN_KEY_HERE);
		boolean keyChange = EmulatedRelations.onUpdate(model, assignments.keySet());
		Map<String, Object> current = null;
		if (foreignKeyWrites || keyChange) {
			current = requireOne(model, find(model, where, true), operation);
			for (Map.Entry<String, List<NestedWrite>> entry : data.relations().entrySet()) {
				RelationInfo relation = model.relation(entry.getKey());
				if (relation.kind() == RelationInfo.Kind.FOREIGN_KEY_HERE) {
					assignments.putAll(this.nested.foreignKeyHere(relation, entry.getValue(), current));
				}
			}
		}
		Map<String, Object> record;
		if (!assignments.isEmpty()) {
			ClientDefaults.forUpdate(model, assignments, this.now);
			List<Map<String, Object>> updated = updateReturning(model, (current != null) ? identity(model, current) : where,
					assignments);
			record = requireOne(model, updated.isEmpty() ? null : updated.get(0), operation);
			if (keyChange) {
				EmulatedRelations.afterUpdate(this, model, current, record);
			}
		}
		else {
			record = (current != null) ? current : requireOne(model, find(model, where, false), operation);
		}
		for (Map.Entry<String, List<NestedWrite>> entry : data.relations().entrySet()) {
			RelationInfo relation = model.relation(entry.getKey());
			if (relation.kind() != RelationInfo.Kind.FOREIGN_KEY_HERE) {
				this.nested.afterOwner(relation, entry.getValue(), record, false);
			}
		}
		return record;
	}

	/**
	 * Deletes the one record the filter finds.
	 * @throws RecordNotFoundException when there is none
	 */
	Map<String, Object> delete(ModelInfo model, Filter where, String operation) {
		if (model.emulatesRelations()) {
			EmulatedRelations.beforeDelete(this, model, where);
		}
		ReadPlan plan = fullPlan(model);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("DELETE FROM ").append(model.table()).append(" AS ").identifier(alias).append(" WHERE ");
		FilterRenderer.render(sql, model, alias, where);
		sql.append(" RETURNING ");
		Selects.appendColumns(sql, plan, alias);
		List<Map<String, Object>> deleted = this.session.query(sql, (result) -> Selects.read(result, plan, 1));
		return requireOne(model, deleted.isEmpty() ? null : deleted.get(0), operation);
	}

	/** @return the first record the filter finds (all scalar fields), or {@code null} */
	Map<String, Object> find(ModelInfo model, Filter where, boolean lock) {
		List<Map<String, Object>> found = select(model, where, " LIMIT 1" + (lock ? " FOR UPDATE" : ""));
		return found.isEmpty() ? null : found.get(0);
	}

	/** @return every record the filter finds (all scalar fields), locked until the transaction ends */
	List<Map<String, Object>> findAll(ModelInfo model, Filter where) {
		return select(model, where, " FOR UPDATE");
	}

	// SELECT every scalar column of the records the filter finds, then the tail (LIMIT, FOR UPDATE).
	private List<Map<String, Object>> select(ModelInfo model, Filter where, String tail) {
		ReadPlan plan = fullPlan(model);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("SELECT ");
		Selects.appendColumns(sql, plan, alias);
		sql.append(" FROM ").append(model.table()).append(" AS ").identifier(alias).append(" WHERE ");
		FilterRenderer.render(sql, model, alias, where);
		sql.append(tail);
		return this.session.query(sql, (result) -> Selects.read(result, plan, 1));
	}

	Map<String, Object> findRequired(ModelInfo model, Filter where, String operation) {
		return requireOne(model, find(model, where, false), operation);
	}

	/**
	 * Inserts records (scalars only) in multi-row statements.
	 * @param returned where to add the created records, or {@code null} when not needed
	 * @return how many were created
	 */
	long createMany(ModelInfo model, List<WriteData> data, boolean skipDuplicates, List<Map<String, Object>> returned) {
		if (data.isEmpty()) {
			return 0;
		}
		for (WriteData item : data) {
			if (!item.relations().isEmpty()) {
				throw QueryErrors.invalid("createMany on `" + model.name() + "` takes scalar fields only; it got the"
						+ " relations " + item.relations().keySet() + ".");
			}
		}
		if (returned == null) {
			ColumnArrays arrays = ColumnArrays.of(model, data, this.now);
			if (arrays != null) {
				return insertUnnested(model, arrays, skipDuplicates);
			}
		}
		List<Map<String, Object>> rows = new ArrayList<>(data.size());
		Set<String> present = new LinkedHashSet<>();
		for (WriteData item : data) {
			Map<String, Object> values = scalars(model, item, false);
			ClientDefaults.forCreate(model, values, this.now);
			rows.add(values);
			present.addAll(values.keySet());
		}
		List<FieldInfo> columns = model.fields().stream().filter((field) -> present.contains(field.name())).toList();
		if (columns.isEmpty()) {
			columns = List.of(model.fields().get(0));
		}
		if (returned == null && !skipDuplicates) {
			return insertBatched(model, columns, rows);
		}
		ReadPlan plan = fullPlan(model);
		int perStatement = Math.max(1, MAX_PARAMETERS / columns.size());
		long created = 0;
		for (int start = 0; start < rows.size(); start += perStatement) {
			Sql sql = new Sql();
			String alias = sql.newAlias();
			appendValuesInsert(sql, model, alias, columns,
					rows.subList(start, Math.min(rows.size(), start + perStatement)));
			if (skipDuplicates) {
				sql.append(" ON CONFLICT DO NOTHING");
			}
			if (returned != null) {
				sql.append(" RETURNING ");
				Selects.appendColumns(sql, plan, alias);
				List<Map<String, Object>> inserted = this.session.query(sql, (result) -> Selects.read(result, plan, 1));
				returned.addAll(inserted);
				created += inserted.size();
			}
			else {
				created += this.session.update(sql);
			}
		}
		return created;
	}

	/** Updates every record the filter finds (scalars and atomic operations). */
	long updateMany(ModelInfo model, Filter where, WriteData data) {
		if (!data.relations().isEmpty()) {
			throw QueryErrors.invalid("updateMany on `" + model.name() + "` takes scalar fields only; it got the"
					+ " relations " + data.relations().keySet() + ".");
		}
		Map<String, Object> assignments = scalars(model, data, true);
		if (assignments.isEmpty()) {
			return count(model, where);
		}
		if (EmulatedRelations.onUpdate(model, assignments.keySet())) {
			return oneByOne(model, where, data).size();
		}
		ClientDefaults.forUpdate(model, assignments, this.now);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("UPDATE ").append(model.table()).append(" AS ").identifier(alias).append(" SET ");
		appendAssignments(sql, model, alias, assignments);
		sql.append(" WHERE ");
		FilterRenderer.render(sql, model, alias, where);
		return this.session.update(sql);
	}

	/**
	 * Updates every record the filter finds, as {@link #updateMany}, in one statement that returns
	 * them as they are after it (every scalar field).
	 */
	List<Map<String, Object>> updateManyAndReturn(ModelInfo model, Filter where, WriteData data) {
		if (!data.relations().isEmpty()) {
			throw QueryErrors.invalid("updateManyAndReturn on `" + model.name() + "` takes scalar fields only; it got"
					+ " the relations " + data.relations().keySet() + ".");
		}
		Map<String, Object> assignments = scalars(model, data, true);
		if (EmulatedRelations.onUpdate(model, assignments.keySet())) {
			return oneByOne(model, where, data);
		}
		if (assignments.isEmpty()) {
			// Nothing to change: the records as they are, as Prisma returns them.
			return select(model, where, "");
		}
		ClientDefaults.forUpdate(model, assignments, this.now);
		return updateReturning(model, where, assignments);
	}

	// An updateMany that changes keys other records point at, under relationMode = "prisma": each
	// record on its own, so that the records pointing at it follow its own new key.
	private List<Map<String, Object>> oneByOne(ModelInfo model, Filter where, WriteData data) {
		List<Map<String, Object>> updated = new ArrayList<>();
		for (Map<String, Object> record : findAll(model, where)) {
			updated.add(update(model, identity(model, record), data, "updateMany"));
		}
		return updated;
	}

	/** Moves a many-to-many relation's join rows from the owner's old key to its new one. */
	void relink(RelationInfo relation, Object oldKey, Object newKey) {
		FieldInfo owner = relation.local().get(0);
		Sql sql = new Sql();
		sql.append("UPDATE ").append(relation.joinTable()).append(" SET ").identifier(relation.ownerColumn()).append(" = ")
			.param(newKey, owner.codec()).append(" WHERE ").identifier(relation.ownerColumn()).append(" = ")
			.param(oldKey, owner.codec());
		this.session.update(sql);
	}

	/** Deletes every record the filter finds. */
	long deleteMany(ModelInfo model, Filter where) {
		if (model.emulatesRelations()) {
			EmulatedRelations.beforeDelete(this, model, where);
		}
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("DELETE FROM ").append(model.table()).append(" AS ").identifier(alias).append(" WHERE ");
		FilterRenderer.render(sql, model, alias, where);
		return this.session.update(sql);
	}

	/** Sets columns (foreign keys, without {@code @updatedAt}) of the records the filter finds. */
	long setColumns(ModelInfo model, Filter where, Map<String, Object> values) {
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("UPDATE ").append(model.table()).append(" AS ").identifier(alias).append(" SET ");
		appendAssignments(sql, model, alias, values);
		sql.append(" WHERE ");
		FilterRenderer.render(sql, model, alias, where);
		return this.session.update(sql);
	}

	long count(ModelInfo model, Filter where) {
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("SELECT count(*) FROM ").append(model.table()).append(" AS ").identifier(alias).append(" WHERE ");
		FilterRenderer.render(sql, model, alias, where);
		return this.session.query(sql, (result) -> result.getLong(1)).get(0);
	}

	/**
	 * Creates or updates the record the unique argument names: one {@code INSERT ... ON CONFLICT
	 * DO UPDATE} when the argument is exactly one unique constraint whose values the create data
	 * repeats and there are no nested writes (as Prisma's native upserts), else a locked read
	 * followed by an update or a create.
	 * @param oneStatement {@link #isOneStatementUpsert}'s answer for these arguments, which the
	 * caller has asked already to know whether the upsert needs a transaction
	 */
	Map<String, Object> upsert(ModelInfo model, Map<String, Object> unique, WriteData create, WriteData update,
			boolean oneStatement) {
		Filter where = Uniques.filter(model, unique, "upsert");
		if (oneStatement) {
			return insertOrUpdate(model, Uniques.exactKey(model, Uniques.flatten(model, unique).keySet()), create, update);
		}
		Map<String, Object> existing = find(model, where, true);
		if (existing != null) {
			return update(model, identity(model, existing), update, "upsert");
		}
		return create(model, create);
	}

	/**
	 * Inserts the create data or, where a record with the same values of the key exists, updates
	 * that record with the update data: one {@code INSERT ... ON CONFLICT (key) DO UPDATE}, with
	 * the client-side defaults of each side. Neither side may have nested writes.
	 * @return the inserted or updated record (every scalar field)
	 */
	Map<String, Object> insertOrUpdate(ModelInfo model, UniqueKey key, WriteData create, WriteData update) {
		Map<String, Object> values = scalars(model, create, false);
		Map<String, Object> assignments = scalars(model, update, true);
		if (!assignments.isEmpty()) {
			ClientDefaults.forUpdate(model, assignments, this.now);
		}
		ClientDefaults.forCreate(model, values, this.now);
		return insertOnConflict(model, values, key, assignments);
	}

	/**
	 * Whether {@link #upsert} is one {@code INSERT ... ON CONFLICT DO UPDATE} (Prisma's native
	 * upsert), which needs no transaction of its own: the unique argument is exactly one unique
	 * constraint, the create data repeats its values, and neither side has nested writes.
	 */
	static boolean isOneStatementUpsert(ModelInfo model, Map<String, Object> unique, WriteData create,
			WriteData update) {
		if (!create.relations().isEmpty() || !update.relations().isEmpty()) {
			return false;
		}
		Map<String, Object> keyValues = Uniques.flatten(model, unique);
		return Uniques.exactKey(model, keyValues.keySet()) != null
				&& repeats(model, keyValues, scalars(model, create, false));
	}

	/**
	 * A createMany that returns nothing: multi-row INSERTs of {@value #BATCH_ROWS} rows, sent as one
	 * JDBC batch of one prepared statement (as the driver's rewritten batch inserts are), so that
	 * PostgreSQL parses and plans the statement once and the rows go in one round trip. Every row
	 * is inserted or the statement fails, so the count is the number of rows.
	 */
	private long insertBatched(ModelInfo model, List<FieldInfo> columns, List<Map<String, Object>> rows) {
		int perStatement = Math.max(1, Math.min(BATCH_ROWS, MAX_PARAMETERS / columns.size()));
		PreparedStatement statement = null;
		String text = null;
		try {
			for (int start = 0; start < rows.size(); start += perStatement) {
				Sql sql = new Sql();
				appendValuesInsert(sql, model, null, columns, rows.subList(start, Math.min(rows.size(), start + perStatement)));
				if (!sql.text().equals(text)) {
					if (statement != null) {
						statement.executeBatch();
						statement.close();
					}
					text = sql.text();
					statement = this.session.connection().prepareStatement(text);
				}
				sql.bind(statement);
				statement.addBatch();
			}
			if (statement != null) {
				statement.executeBatch();
			}
			return rows.size();
		}
		catch (BatchUpdateException ex) {
			// The batch's own message repeats the statement with its values: the server's error instead.
			throw this.session.errors().translate((ex.getNextException() != null) ? ex.getNextException() : ex);
		}
		catch (SQLException ex) {
			throw this.session.errors().translate(ex);
		}
		finally {
			if (statement != null) {
				try {
					statement.close();
				}
				catch (SQLException ex) {
					// The insert's outcome stands.
				}
			}
		}
	}

	/**
	 * {@code INSERT INTO table (columns) SELECT * FROM unnest(?::type[], ...)}: one parameter per
	 * column, the array of its values, for up to {@link #UNNESTED_ROWS} rows a statement. Against a
	 * parameter per value (a multi-row VALUES list, or a JDBC batch the driver rewrites into one),
	 * the client encodes and sends a few arrays and the server parses one short statement.
	 */
	private long insertUnnested(ModelInfo model, ColumnArrays arrays, boolean skipDuplicates) {
		long inserted = 0;
		for (int start = 0; start < arrays.rows(); start += UNNESTED_ROWS) {
			Sql sql = new Sql();
			sql.append("INSERT INTO ").append(model.table()).append(" (");
			appendColumnNames(sql, arrays.columns());
			sql.append(") SELECT * FROM ");
			Records.appendUnnestedColumns(sql, arrays.columns(), arrays.slice(start, Math.min(arrays.rows(), start + UNNESTED_ROWS)));
			if (skipDuplicates) {
				sql.append(" ON CONFLICT DO NOTHING");
			}
			inserted += this.session.update(sql);
		}
		return inserted;
	}

	/**
	 * Appends {@code INSERT INTO table [AS alias] (columns) VALUES (...), (...)}: a row's value for
	 * each column, or {@code DEFAULT} where the row has none.
	 */
	private static void appendValuesInsert(Sql sql, ModelInfo model, String alias, List<FieldInfo> columns,
			List<Map<String, Object>> rows) {
		sql.append("INSERT INTO ").append(model.table());
		if (alias != null) {
			sql.append(" AS ").identifier(alias);
		}
		sql.append(" (");
		appendColumnNames(sql, columns);
		sql.append(") VALUES ");
		for (int i = 0; i < rows.size(); i++) {
			sql.append((i > 0) ? ", (" : "(");
			Map<String, Object> row = rows.get(i);
			for (int c = 0; c < columns.size(); c++) {
				FieldInfo field = columns.get(c);
				sql.append((c > 0) ? ", " : "");
				if (row.containsKey(field.name())) {
					sql.param(row.get(field.name()), field.codec());
				}
				else {
					sql.append("DEFAULT");
				}
			}
			sql.append(")");
		}
	}

	private static boolean repeats(ModelInfo model, Map<String, Object> keyValues, Map<String, Object> values) {
		for (Map.Entry<String, Object> entry : keyValues.entrySet()) {
			Object expected = model.field(entry.getKey()).normalize(entry.getValue());
			Object given = values.get(entry.getKey());
			if (expected == null || !Objects.deepEquals(expected, given)) {
				return false;
			}
		}
		return true;
	}

	private Map<String, Object> insertOnConflict(ModelInfo model, Map<String, Object> values, UniqueKey key,
			Map<String, Object> assignments) {
		ReadPlan plan = fullPlan(model);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("INSERT INTO ").append(model.table()).append(" AS ").identifier(alias);
		appendValues(sql, model, values);
		sql.append(" ON CONFLICT (");
		appendColumnNames(sql, key.fields());
		sql.append(") DO UPDATE SET ");
		if (assignments.isEmpty()) {
			FieldInfo first = key.fields().get(0);
			sql.identifier(first.column()).append(" = ").column(alias, first.column());
		}
		else {
			appendAssignments(sql, model, alias, assignments);
		}
		sql.append(" RETURNING ");
		Selects.appendColumns(sql, plan, alias);
		return this.session.query(sql, (result) -> Selects.read(result, plan, 1)).get(0);
	}

	/** Links two records through a many-to-many relation's join table (no-op when linked). */
	void link(RelationInfo relation, Object ownerKey, Object relatedKey) {
		FieldInfo owner = relation.local().get(0);
		FieldInfo related = relation.remote().get(0);
		Sql sql = new Sql();
		sql.append("INSERT INTO ").append(relation.joinTable()).append(" (").identifier(relation.ownerColumn())
			.append(", ").identifier(relation.relatedColumn()).append(") VALUES (").param(ownerKey, owner.codec())
			.append(", ").param(relatedKey, related.codec()).append(") ON CONFLICT DO NOTHING");
		this.session.update(sql);
	}

	/** Unlinks the owner from the related records the filter finds (all of them for a {@code null} filter). */
	void unlink(RelationInfo relation, Object ownerKey, Filter related) {
		FieldInfo owner = relation.local().get(0);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("DELETE FROM ").append(relation.joinTable()).append(" AS ").identifier(alias).append(" WHERE ")
			.column(alias, relation.ownerColumn()).append(" = ").param(ownerKey, owner.codec());
		if (related != null) {
			String child = sql.newAlias();
			sql.append(" AND ").column(alias, relation.relatedColumn()).append(" IN (SELECT ")
				.column(child, relation.remote().get(0).column()).append(" FROM ").append(relation.related().table())
				.append(" AS ").identifier(child).append(" WHERE ");
			FilterRenderer.render(sql, relation.related(), child, related);
			sql.append(")");
		}
		this.session.update(sql);
	}

	/** @return the filter that finds the given record by its identity fields */
	static Filter identity(ModelInfo model, Map<String, Object> record) {
		List<Filter> conditions = new ArrayList<>();
		for (FieldInfo field : model.identity()) {
			conditions.add(new Filter.Condition(field.name(), Filter.Operator.EQUALS, record.get(field.name()), false));
		}
		return new Filter.And(conditions);
	}

	private Map<String, Object> insert(ModelInfo model, Map<String, Object> values) {
		ReadPlan plan = fullPlan(model);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("INSERT INTO ").append(model.table()).append(" AS ").identifier(alias);
		appendValues(sql, model, values);
		sql.append(" RETURNING ");
		Selects.appendColumns(sql, plan, alias);
		return this.session.query(sql, (result) -> Selects.read(result, plan, 1)).get(0);
	}

	/** @return the records the filter finds, updated, as they are after it (every scalar field) */
	private List<Map<String, Object>> updateReturning(ModelInfo model, Filter where, Map<String, Object> assignments) {
		ReadPlan plan = fullPlan(model);
		Sql sql = new Sql();
		String alias = sql.newAlias();
		sql.append("UPDATE ").append(model.table()).append(" AS ").identifier(alias).append(" SET ");
		appendAssignments(sql, model, alias, assignments);
		sql.append(" WHERE ");
		FilterRenderer.render(sql, model, alias, where);
		sql.append(" RETURNING ");
		Selects.appendColumns(sql, plan, alias);
		return this.session.query(sql, (result) -> Selects.read(result, plan, 1));
	}

	private static void appendValues(Sql sql, ModelInfo model, Map<String, Object> values) {
		if (values.isEmpty()) {
			sql.append(" DEFAULT VALUES");
			return;
		}
		List<FieldInfo> fields = values.keySet().stream().map(model::field).toList();
		sql.append(" (");
		appendColumnNames(sql, fields);
		sql.append(") VALUES (");
		for (int i = 0; i < fields.size(); i++) {
			FieldInfo field = fields.get(i);
			sql.append((i > 0) ? ", " : "").param(values.get(field.name()), field.codec());
		}
		sql.append(")");
	}

	private static void appendColumnNames(Sql sql, List<FieldInfo> fields) {
		for (int i = 0; i < fields.size(); i++) {
			sql.append((i > 0) ? ", " : "").identifier(fields.get(i).column());
		}
	}

	private static void appendAssignments(Sql sql, ModelInfo model, String alias, Map<String, Object> assignments) {
		boolean first = true;
		for (Map.Entry<String, Object> entry : assignments.entrySet()) {
			FieldInfo field = model.field(entry.getKey());
			sql.append(first ? "" : ", ").identifier(field.column()).append(" = ");
			first = false;
			if (entry.getValue() instanceof WriteData.Push push) {
				sql.append("array_cat(").column(alias, field.column()).append(", ").param(push.value(), field.codec()).append(")");
			}
			else if (entry.getValue() instanceof WriteData.Atomic atomic) {
				String operator;
				switch (atomic.operation()) {
					case SET -> operator = null;
					case INCREMENT -> operator = " + ";
					case DECREMENT -> operator = " - ";
					case MULTIPLY -> operator = " * ";
					case DIVIDE -> operator = " / ";
					default -> throw new IllegalStateException(atomic.operation().name());
				}
				if (operator != null) {
					sql.column(alias, field.column()).append(operator);
				}
				sql.param(atomic.value(), field.codec());
			}
			else {
				sql.param(entry.getValue(), field.codec());
			}
		}
	}

	/** @return the data's scalar values, checked against the schema and in their canonical types */
	private static Map<String, Object> scalars(ModelInfo model, WriteData data, boolean atomicAllowed) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : data.scalars().entrySet()) {
			FieldInfo field = model.field(entry.getKey());
			values.put(field.name(), atomicAllowed ? updateValue(field, entry.getValue()) : createValue(field, entry.getValue()));
		}
		return values;
	}

	/** @return a create's value for the field, normalized for its codec */
	static Object createValue(FieldInfo field, Object value) {
		if (value instanceof WriteData.Push) {
			throw QueryErrors.invalid("push appends to a list field in an update; `" + field.label() + "` "
					+ (field.isList() ? "is being created." : "is not a list."));
		}
		if (value instanceof WriteData.Atomic atomic) {
			throw QueryErrors.invalid("`" + field.label() + "` takes a value in a create, not an atomic "
					+ atomic.operation().name().toLowerCase() + ".");
		}
		return field.normalize(value);
	}

	// An update's value for the field: a value, or an atomic operation or push with its operand normalized.
	private static Object updateValue(FieldInfo field, Object value) {
		if (value instanceof WriteData.Push push) {
			if (!field.isList()) {
				throw QueryErrors.invalid("push appends to a list field in an update; `" + field.label() + "` is not a list.");
			}
			Object elements = (push.value() instanceof Collection<?>) ? push.value() : Collections.singletonList(push.value());
			return new WriteData.Push(field.normalize(elements));
		}
		if (value instanceof WriteData.Atomic atomic) {
			if (atomic.operation() != WriteData.Atomic.Operation.SET
					&& (field.isList() || !field.scalarCodec().isNumeric())) {
				throw QueryErrors.invalid("`" + field.label() + "` is not a number: "
						+ atomic.operation().name().toLowerCase() + " needs one.");
			}
			if (atomic.operation() != WriteData.Atomic.Operation.SET && atomic.value() == null) {
				throw QueryErrors.wrongValue(field.label(), "a number to " + atomic.operation().name().toLowerCase()
						+ " by", null);
			}
			Object operand = field.normalize(atomic.value());
			return (atomic.operation() == WriteData.Atomic.Operation.SET) ? operand
					: new WriteData.Atomic(atomic.operation(), (Number) operand);
		}
		return field.normalize(value);
	}

	private static Map<String, Object> requireOne(ModelInfo model, Map<String, Object> record, String operation) {
		if (record == null) {
			throw new RecordNotFoundException(model.name(), operation);
		}
		return record;
	}
}
